<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="18"/>
        <source>About Tepi</source>
        <translation>Tentang Tepi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="19"/>
        <source>&lt;h3&gt;Tepi %1&lt;/h3&gt;&lt;p&gt;Runs trained TensorFlow and LiteRT models on this computer, offline and fast, with a remote endpoint as a fallback.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tepi %1&lt;/h3&gt;&lt;p&gt;Menjalankan model TensorFlow dan LiteRT yang sudah dilatih di komputer ini, tanpa internet dan cepat, dengan endpoint jarak jauh sebagai cadangan.&lt;/p&gt;&lt;p&gt;Berlisensi Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/actions.py" line="71"/>
        <source>&amp;Open Files…</source>
        <translation>&amp;Buka Berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="74"/>
        <source>Predict images or CSV files</source>
        <translation>Prediksi gambar atau berkas CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="77"/>
        <source>Open &amp;Folder…</source>
        <translation>Buka &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="80"/>
        <source>Predict every image in a folder</source>
        <translation>Prediksi setiap gambar dalam folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="89"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="92"/>
        <source>Predict the image or files on the clipboard</source>
        <translation>Prediksi gambar atau berkas di papan klip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="95"/>
        <source>Try a &amp;Sample</source>
        <translation>Coba &amp;Contoh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="98"/>
        <source>Predict one of the bundled samples</source>
        <translation>Prediksi salah satu contoh bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="101"/>
        <source>&amp;Export Results…</source>
        <translation>&amp;Ekspor Hasil…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="104"/>
        <source>Save the batch results as CSV</source>
        <translation>Simpan hasil kumpulan sebagai CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="107"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="107"/>
        <source>Copy the selected results</source>
        <translation>Salin hasil yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="110"/>
        <source>Cancel &amp;Batch</source>
        <translation>Batalkan &amp;Kumpulan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="113"/>
        <source>Stop the running batch</source>
        <translation>Hentikan kumpulan yang sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="116"/>
        <source>&amp;Close Result</source>
        <translation>&amp;Tutup Hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="119"/>
        <source>Go back to the drop area</source>
        <translation>Kembali ke area seret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="122"/>
        <source>E&amp;xplain</source>
        <translation>&amp;Jelaskan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="125"/>
        <source>Show where in the picture the model found its answer</source>
        <translation>Tunjukkan di bagian gambar mana model menemukan jawabannya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="129"/>
        <source>Open &amp;Model…</source>
        <translation>Buka &amp;Model…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="132"/>
        <source>Use a .tflite, .keras, .h5, .onnx or .zip model</source>
        <translation>Gunakan model .tflite, .keras, .h5, .onnx atau .zip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="135"/>
        <source>Open Model F&amp;older…</source>
        <translation>Buka F&amp;older Model…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="138"/>
        <source>Use a model pack, SavedModel or Teachable Machine folder</source>
        <translation>Gunakan folder paket model, SavedModel atau Teachable Machine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="141"/>
        <source>Model &amp;Info</source>
        <translation>&amp;Info Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="144"/>
        <source>Everything Tepi knows about the model</source>
        <translation>Semua yang Tepi ketahui tentang model ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="147"/>
        <source>Check for &amp;Updates</source>
        <translation>&amp;Periksa Pembaruan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="150"/>
        <source>Install a newer version of this model from its update source</source>
        <translation>Pasang versi lebih baru model ini dari sumber pembaruannya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="153"/>
        <source>Ro&amp;ll Back</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="156"/>
        <source>Return to the version used before</source>
        <translation>Kembali ke versi yang dipakai sebelumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="159"/>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="162"/>
        <source>Show or hide the history panel</source>
        <translation>Tampilkan atau sembunyikan panel riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="165"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="168"/>
        <source>Top-k, threads, theme, language, history</source>
        <translation>Top-k, thread, tema, bahasa, riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="171"/>
        <source>Open &amp;Log Folder</source>
        <translation>Buka Folder &amp;Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="174"/>
        <source>Where Tepi writes error details</source>
        <translation>Tempat Tepi menulis rincian galat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="176"/>
        <source>&amp;About Tepi</source>
        <translation>&amp;Tentang Tepi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="178"/>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="179"/>
        <source>&amp;Bundled Models</source>
        <translation>Model &amp;Bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="180"/>
        <source>&amp;Version</source>
        <translation>&amp;Versi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="181"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="195"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="201"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="205"/>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="218"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="83"/>
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Pantau Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="86"/>
        <source>Predict images and CSV rows as they arrive in a folder, until you stop</source>
        <translation>Prediksi gambar dan baris CSV begitu tiba di sebuah folder, sampai Anda menghentikannya</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="65"/>
        <source>Notification</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="90"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="91"/>
        <source>Dismiss notification</source>
        <translation>Tutup pemberitahuan</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="42"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="43"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="44"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="45"/>
        <source>Answered by</source>
        <translation>Dijawab oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="46"/>
        <source>Time (ms)</source>
        <translation>Waktu (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="90"/>
        <location filename="../../desktop/ui/tables/batch.py" line="115"/>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="121"/>
        <source>%1 · row %2</source>
        <translation>%1 · baris %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="145"/>
        <source>OK (fallback)</source>
        <translation>OK (cadangan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="146"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="148"/>
        <source>Queued</source>
        <translation>Menunggu server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="169"/>
        <source>Fallback: %1</source>
        <translation>Cadangan: %1</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="45"/>
        <source>Batch results</source>
        <translation>Hasil kumpulan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="79"/>
        <source>Batch progress</source>
        <translation>Kemajuan kumpulan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="81"/>
        <source>Cancel</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="83"/>
        <source>Stop the batch; results so far are kept (Esc)</source>
        <translation>Hentikan kumpulan; hasil sejauh ini tetap disimpan (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="100"/>
        <source>Results table</source>
        <translation>Tabel hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="135"/>
        <source>Explain</source>
        <translation>Jelaskan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="144"/>
        <source>Copy Rows</source>
        <translation>Salin Baris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="147"/>
        <source>Copy the selected rows (%1)</source>
        <translation>Salin baris yang dipilih (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="154"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="156"/>
        <source>Save these results as a CSV file (Ctrl+E)</source>
        <translation>Simpan hasil ini sebagai berkas CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="186"/>
        <source>%1 and %2 more</source>
        <translation>%1 dan %2 lainnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="219"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="227"/>
        <source>Stopped after %1 s</source>
        <translation>Dihentikan setelah %1 detik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="229"/>
        <source>Finished in %1 s</source>
        <translation>Selesai dalam %1 detik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="230"/>
        <source>%1 predicted</source>
        <translation>%1 diprediksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="232"/>
        <source>%1 could not be read</source>
        <translation>%1 tidak bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="234"/>
        <source>%1 waiting in the offline queue</source>
        <translation>%1 menunggu di antrean luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="235"/>
        <source>Waiting for the first result…</source>
        <translation>Menunggu hasil pertama…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="242"/>
        <source>less than a second left</source>
        <translation>kurang dari satu detik lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="244"/>
        <source>about %1 s left</source>
        <translation>sekitar %1 detik lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="245"/>
        <source>about %1 min left</source>
        <translation>sekitar %1 menit lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="182"/>
        <source>Watching %1</source>
        <translation>Memantau %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="216"/>
        <source>Watching · stop with Cancel</source>
        <translation>Memantau · hentikan dengan Batalkan</translation>
    </message>
</context>
<context>
    <name>ConfidenceBars</name>
    <message>
        <location filename="../../desktop/ui/confidence.py" line="28"/>
        <source>Confidence for each label</source>
        <translation>Keyakinan untuk setiap label</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../desktop/remote/connection.py" line="104"/>
        <source>%1 version %2</source>
        <translation>%1 versi %2</translation>
    </message>
    <message>
        <location filename="../../desktop/remote/connection.py" line="111"/>
        <source>Ready: the server at %1 runs %2.</source>
        <translation>Siap: server di %1 menjalankan %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/remote/connection.py" line="114"/>
        <source>Not ready: the server at %1 answers, but %2 is still starting up.</source>
        <translation>Belum siap: server di %1 menjawab, tetapi %2 masih dimulai.</translation>
    </message>
    <message>
        <location filename="../../desktop/remote/connection.py" line="118"/>
        <source>Refused (HTTP %3): the server at %1 does not accept the token or header.</source>
        <translation>Ditolak (HTTP %3): server di %1 tidak menerima token atau header-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/remote/connection.py" line="123"/>
        <source>The server at %1 answers, but does not serve the model %2.</source>
        <translation>Server di %1 menjawab, tetapi tidak menyediakan model %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/remote/connection.py" line="126"/>
        <source>Unreachable: nothing answers at %1. Check the URL and the network.</source>
        <translation>Tidak terjangkau: tidak ada yang menjawab di %1. Periksa URL dan jaringannya.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../desktop/ui/dialogs/connection_test.py" line="34"/>
        <source>Test Co&amp;nnection</source>
        <translation>Uj&amp;i Sambungan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connection_test.py" line="44"/>
        <source>Connection test result</source>
        <translation>Hasil uji sambungan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/connection_test.py" line="49"/>
        <source>Trying %1…</source>
        <translation>Mencoba %1…</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="27"/>
        <source>Drop area</source>
        <translation>Area seret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="54"/>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="87"/>
        <source>Open Files…</source>
        <translation>Buka Berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="55"/>
        <source>Open Folder…</source>
        <translation>Buka Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="56"/>
        <source>Try a Sample</source>
        <translation>Coba Contoh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="79"/>
        <source>Drop a CSV file here</source>
        <translation>Seret berkas CSV ke sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="80"/>
        <source>Each row is predicted; the export keeps your columns.</source>
        <translation>Setiap baris diprediksi; hasil ekspor mempertahankan kolom Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="82"/>
        <source>Drop images, folders or a CSV file here</source>
        <translation>Seret gambar, folder, atau berkas CSV ke sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="86"/>
        <source>or paste an image with %1</source>
        <translation>atau tempel gambar dengan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="87"/>
        <source>Open CSV…</source>
        <translation>Buka CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="92"/>
        <source>This model has no bundled sample; drop one of your own files.</source>
        <translation>Model ini tidak punya contoh bawaan; seret salah satu berkas Anda sendiri.</translation>
    </message>
</context>
<context>
    <name>ExplainController</name>
    <message>
        <location filename="../../desktop/controllers/explaining.py" line="101"/>
        <source>No explanation was kept with this entry; open the picture again to explain it.</source>
        <translation>Tidak ada penjelasan yang disimpan bersama entri ini; buka gambarnya lagi untuk menjelaskannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/explaining.py" line="131"/>
        <source>Only results of the model loaded now can be explained; open the picture again.</source>
        <translation>Hanya hasil dari model yang sedang dimuat yang dapat dijelaskan; buka gambarnya lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/explaining.py" line="140"/>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/explaining.py" line="140"/>
        <source>occlusion</source>
        <translation>oklusi</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/explaining.py" line="142"/>
        <source>Kept in the history with this result (%1). Brighter colours mattered more.</source>
        <translation>Disimpan di riwayat bersama hasil ini (%1). Warna yang lebih terang lebih berpengaruh.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/explaining.py" line="146"/>
        <source>Where the model found “%1”: %2, %3 passes, %4 ms. Brighter colours mattered more.</source>
        <translation>Tempat model menemukan “%1”: %2, %3 lintasan, %4 ms. Warna yang lebih terang lebih berpengaruh.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message numerus="yes">
        <location filename="../../desktop/controllers/history.py" line="111"/>
        <source>Deleted %Ln entries.</source>
        <translation>
            <numerusform>%Ln entri dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/history.py" line="118"/>
        <source>The history is empty now.</source>
        <translation>Riwayat sekarang kosong.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/history.py" line="124"/>
        <source>Saved %Ln entries to %1.</source>
        <translation>
            <numerusform>%Ln entri disimpan ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="32"/>
        <source>Search file names, labels, models</source>
        <translation>Cari nama berkas, label, model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="35"/>
        <source>Search history</source>
        <translation>Cari di riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="44"/>
        <source>Filter by label</source>
        <translation>Saring menurut label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="46"/>
        <source>Filter by model</source>
        <translation>Saring menurut model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="48"/>
        <source>Filter by date</source>
        <translation>Saring menurut tanggal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="50"/>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="51"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="52"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="53"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="54"/>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="67"/>
        <source>All labels</source>
        <translation>Semua label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="68"/>
        <source>All models</source>
        <translation>Semua model</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/ui/tables/history.py" line="43"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/history.py" line="40"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/history.py" line="41"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/history.py" line="42"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/history.py" line="44"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/history.py" line="93"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="45"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="80"/>
        <source>History entries</source>
        <translation>Entri riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="106"/>
        <source>History actions</source>
        <translation>Tindakan riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="109"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="109"/>
        <source>Show the selected entry</source>
        <translation>Tampilkan entri yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="113"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="115"/>
        <source>Save the entries shown as a CSV file</source>
        <translation>Simpan entri yang ditampilkan sebagai berkas CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="120"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="122"/>
        <source>Delete the selected entries</source>
        <translation>Hapus entri yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="127"/>
        <source>Clear All…</source>
        <translation>Hapus Semua…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="129"/>
        <source>Delete the whole history</source>
        <translation>Hapus seluruh riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="158"/>
        <source>History is off. Turn it on in Settings to keep your results here.</source>
        <translation>Riwayat sedang mati. Nyalakan di Pengaturan agar hasil Anda tersimpan di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="160"/>
        <source>No predictions yet.
Every result you get is kept here.</source>
        <translation>Belum ada prediksi.
Setiap hasil yang Anda dapat disimpan di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="162"/>
        <source>Nothing matches these filters.</source>
        <translation>Tidak ada yang cocok dengan saringan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="166"/>
        <source>Showing the newest %1 of %2</source>
        <translation>Menampilkan %1 terbaru dari %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/history_panel.py" line="171"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="202"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="203"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="204"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="205"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="206"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="225"/>
        <location filename="../../desktop/ui/panels/history_panel.py" line="231"/>
        <source>Clear History</source>
        <translation>Hapus Riwayat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/history_panel.py" line="226"/>
        <source>Delete all %Ln entries of the history?</source>
        <translation>
            <numerusform>Hapus semua %Ln entri riwayat?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="230"/>
        <source>This cannot be undone. Exported CSV files are not affected.</source>
        <translation>Ini tidak bisa dibatalkan. Berkas CSV yang sudah diekspor tidak terpengaruh.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="244"/>
        <source>tepi-history-%1.csv</source>
        <translation>riwayat-tepi-%1.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="246"/>
        <source>Export History</source>
        <translation>Ekspor Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="246"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>InputController</name>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="51"/>
        <source>pasted image</source>
        <translation>gambar tempelan</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="57"/>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Berkas CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="57"/>
        <location filename="../../desktop/controllers/inputs.py" line="61"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="60"/>
        <source>Images and CSV files (%1 *.csv)</source>
        <translation>Gambar dan berkas CSV (%1 *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="65"/>
        <source>Open Files</source>
        <translation>Buka Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="70"/>
        <source>Open Folder</source>
        <translation>Buka Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="89"/>
        <source>The clipboard holds no image and no file paths.</source>
        <translation>Papan klip tidak berisi gambar maupun jalur berkas.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="95"/>
        <source>This model has no bundled sample; drop one of your own files.</source>
        <translation>Model ini tidak punya contoh bawaan; seret salah satu berkas Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="75"/>
        <source>Watch Folder</source>
        <translation>Pantau Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="82"/>
        <source>Open a model first, then watch a folder with it.</source>
        <translation>Buka model dulu, lalu pantau folder dengannya.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/window.py" line="68"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/text/sentences.py" line="352"/>
        <source>the file is empty</source>
        <translation>berkasnya kosong</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="362"/>
        <source>its contents are not in an image format Tepi knows</source>
        <translation>isinya bukan format gambar yang dikenal Tepi</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="359"/>
        <source>it is too large to decode safely</source>
        <translation>terlalu besar untuk dibuka dengan aman</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="24"/>
        <source>{name} is not an image Tepi can read: {image_reason}.</source>
        <translation>{name} bukan gambar yang bisa dibaca Tepi: {image_reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="25"/>
        <source>{name} is an image, but {model} takes CSV rows.</source>
        <translation>{name} adalah gambar, tetapi {model} menerima baris CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="26"/>
        <source>{model} takes CSV rows, not images.</source>
        <translation>{model} menerima baris CSV, bukan gambar.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="27"/>
        <source>{name} is a CSV file, but {model} takes images.</source>
        <translation>{name} adalah berkas CSV, tetapi {model} menerima gambar.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="28"/>
        <source>{name} is a CSV row, but {model} takes images.</source>
        <translation>{name} adalah baris CSV, tetapi {model} menerima gambar.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="29"/>
        <source>{name} has no row {row}.</source>
        <translation>{name} tidak punya baris {row}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="30"/>
        <source>{name} row {row}, column {column}: {cell_reason}.</source>
        <translation>{name} baris {row}, kolom {column}: {cell_reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="31"/>
        <source>{name} is missing the column {columns} (row 1 is the header).</source>
        <translation>{name} tidak memiliki kolom {columns} (baris 1 adalah judul kolom).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="32"/>
        <source>{name} is missing the columns {columns} (row 1 is the header).</source>
        <translation>{name} tidak memiliki kolom {columns} (baris 1 adalah judul kolom).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="33"/>
        <source>{name} has a header but no data rows.</source>
        <translation>{name} punya judul kolom tetapi tidak punya baris data.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="34"/>
        <source>{name} is not {encoding} text, so Tepi cannot read it as CSV.</source>
        <translation>{name} bukan teks {encoding}, jadi Tepi tidak bisa membacanya sebagai CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="35"/>
        <source>{name} is empty.</source>
        <translation>{name} kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="36"/>
        <source>{name} is larger than Tepi reads (256 MB).</source>
        <translation>{name} lebih besar dari yang dibaca Tepi (256 MB).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="37"/>
        <source>{name} does not exist.</source>
        <translation>{name} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="38"/>
        <source>{name} cannot be read ({system_error}).</source>
        <translation>{name} tidak bisa dibaca ({system_error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="39"/>
        <source>{name} line {line} cannot be read as CSV: {csv_reason}.</source>
        <translation>Baris ke-{line} di {name} tidak bisa dibaca sebagai CSV: {csv_reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="46"/>
        <source>{name} does not exist and is not a bundled model ({known}).</source>
        <translation>{name} tidak ada dan bukan model bawaan ({known}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="47"/>
        <source>The folder {name} holds no model: no model.toml, saved_model.pb or Teachable Machine files.</source>
        <translation>Folder {name} tidak berisi model: tidak ada model.toml, saved_model.pb, maupun berkas Teachable Machine.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="51"/>
        <source>{name} takes input of shape {shape}; Tepi runs image models (height × width × 1 or 3) and tabular models (features).</source>
        <translation>{name} menerima masukan berbentuk {shape}; Tepi menjalankan model gambar (tinggi × lebar × 1 atau 3) dan model tabel (fitur).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="56"/>
        <source>{name}&apos;s model.toml describes {described} input, but the model takes {actual}.</source>
        <translation>Berkas model.toml milik {name} menyebut masukan {described}, tetapi modelnya menerima {actual}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="60"/>
        <source>{name}&apos;s model.toml lists {count} features, but the model takes {actual}.</source>
        <translation>Berkas model.toml milik {name} mencantumkan {count} fitur, tetapi modelnya menerima {actual}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="64"/>
        <source>{name} takes input of shape {shape}, which Tepi cannot feed.</source>
        <translation>{name} menerima masukan berbentuk {shape}, yang tidak bisa disiapkan Tepi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="65"/>
        <source>{name} is not a readable zip file.</source>
        <translation>{name} bukan berkas zip yang bisa dibaca.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="66"/>
        <source>{name} unpacks to more than 2 GB.</source>
        <translation>{name} bila dibongkar melebihi 2 GB.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="67"/>
        <source>{name} is not a Teachable Machine export (it has no labels.txt).</source>
        <translation>{name} bukan ekspor Teachable Machine (tidak ada labels.txt di dalamnya).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="68"/>
        <source>{name} contains a file path that points outside it, so Tepi will not unpack it.</source>
        <translation>{name} memuat jalur berkas yang mengarah ke luar dirinya, jadi Tepi tidak akan membongkarnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="71"/>
        <source>{name} contains a file path that points outside it.</source>
        <translation>{name} memuat jalur berkas yang mengarah ke luar dirinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="72"/>
        <source>{name} is not a TensorFlow Lite model Tepi can open.</source>
        <translation>{name} bukan model TensorFlow Lite yang bisa dibuka Tepi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="73"/>
        <source>{name} has {inputs} inputs and {outputs} outputs; Tepi runs classifiers with one of each.</source>
        <translation>{name} punya {inputs} masukan dan {outputs} keluaran; Tepi menjalankan pengklasifikasi yang masing-masing punya satu.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="77"/>
        <source>The model is not loaded.</source>
        <translation>Modelnya belum dimuat.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="78"/>
        <source>{name} cannot run here: {system_error}</source>
        <translation>{name} tidak bisa berjalan di komputer ini: {system_error}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="79"/>
        <source>The input does not fit {name}: {system_error}</source>
        <translation>Masukannya tidak cocok untuk {name}: {system_error}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="80"/>
        <source>Neither LiteRT nor TensorFlow is installed, so .tflite models cannot run here.</source>
        <translation>LiteRT maupun TensorFlow tidak terpasang, jadi model .tflite tidak bisa berjalan di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="83"/>
        <source>{name} uses an operation LiteRT cannot run here: {system_error}</source>
        <translation>{name} memakai operasi yang tidak bisa dijalankan LiteRT di komputer ini: {system_error}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="84"/>
        <source>{name} is not an ONNX model Tepi can open.</source>
        <translation>{name} bukan model ONNX yang bisa dibuka Tepi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="85"/>
        <source>{name} uses an operation ONNX Runtime cannot run here: {system_error}</source>
        <translation>{name} memakai operasi yang tidak bisa dijalankan ONNX Runtime di komputer ini: {system_error}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="86"/>
        <source>{name} takes {dtype} input; Tepi feeds models floating-point values.</source>
        <translation>{name} menerima masukan {dtype}; Tepi memberi model nilai titik mengambang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="87"/>
        <source>This model needs ONNX Runtime, which this Tepi build does not include; convert it to .tflite or run it on a remote endpoint.</source>
        <translation>Model ini memerlukan ONNX Runtime, yang tidak disertakan dalam versi Tepi ini; ubah ke .tflite atau jalankan di endpoint jarak jauh.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="92"/>
        <source>This model has no local copy; it runs only on a remote endpoint.</source>
        <translation>Model ini tidak punya salinan lokal; ia hanya berjalan di endpoint jarak jauh.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="93"/>
        <source>{name} could not be loaded.</source>
        <translation>{name} tidak bisa dimuat.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="94"/>
        <source>{name} contains a Lambda layer, which runs Python code stored in the file; Tepi refuses it unless you trust its source and pass --allow-unsafe-model.</source>
        <translation>{name} berisi lapisan Lambda, yang menjalankan kode Python yang tersimpan di dalam berkasnya; Tepi menolaknya kecuali Anda memercayai sumbernya dan memberikan --allow-unsafe-model.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="99"/>
        <source>This model needs TensorFlow, which this Tepi build does not include; convert it to .tflite or run it on a remote endpoint.</source>
        <translation>Model ini memerlukan TensorFlow, yang tidak disertakan dalam versi Tepi ini; ubah ke .tflite atau jalankan di endpoint jarak jauh.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="104"/>
        <source>{name} is not a Keras model file.</source>
        <translation>{name} bukan berkas model Keras.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="105"/>
        <source>{name} does not fit in this computer&apos;s memory.</source>
        <translation>{name} tidak muat di memori komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="106"/>
        <source>{name} could not be loaded as a Keras model ({system_error}).</source>
        <translation>{name} tidak bisa dimuat sebagai model Keras ({system_error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="107"/>
        <source>{name}&apos;s serving signature needs one input and one output.</source>
        <translation>Signature serving milik {name} harus punya satu masukan dan satu keluaran.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="108"/>
        <source>{name} needs unsafe deserialization to load; pass --allow-unsafe-model only if you trust its source.</source>
        <translation>{name} hanya bisa dimuat dengan deserialisasi yang tidak aman; berikan --allow-unsafe-model hanya bila Anda memercayai sumbernya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="113"/>
        <source>{name} has no serving_default signature.</source>
        <translation>{name} tidak punya signature serving_default.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="114"/>
        <source>{name} is not a SavedModel Tepi can open ({system_error}).</source>
        <translation>{name} bukan SavedModel yang bisa dibuka Tepi ({system_error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="115"/>
        <source>{name} could not run on this input: {system_error}</source>
        <translation>{name} tidak bisa berjalan dengan masukan ini: {system_error}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="116"/>
        <source>{name} has a {size} MB model configuration, more than the {limit} MB Tepi reads.</source>
        <translation>Konfigurasi model {name} berukuran {size} MB, melebihi {limit} MB yang dibaca Tepi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="119"/>
        <source>{name} holds weights only, not a model.</source>
        <translation>{name} hanya berisi bobot, bukan model.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="120"/>
        <source>{name} must have one input and one output to be served.</source>
        <translation>{name} harus punya satu masukan dan satu keluaran agar bisa dilayani.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="122"/>
        <source>{name} has no model.toml.</source>
        <translation>{name} tidak punya model.toml.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="123"/>
        <source>{where} is not valid TOML: it nests too deeply.</source>
        <translation>{where} bukan TOML yang sah: susunannya bersarang terlalu dalam.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="124"/>
        <source>{where} is not valid TOML: {toml_error}.</source>
        <translation>{where} bukan TOML yang sah: {toml_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="125"/>
        <source>Model pack {pack} is missing the file {name}.</source>
        <translation>Di paket model {pack} tidak ada berkas {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="126"/>
        <source>{name} in model pack {pack} has been changed or damaged (its SHA-256 does not match the manifest), so Tepi will not load it.</source>
        <translation>{name} dalam paket model {pack} telah diubah atau rusak (SHA-256-nya tidak cocok dengan manifes), jadi Tepi tidak akan memuatnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="131"/>
        <source>{where}: [model] must be a table.</source>
        <translation>{where}: [model] harus berupa tabel.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="132"/>
        <source>{where}: [input] must be a table.</source>
        <translation>{where}: [input] harus berupa tabel.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="133"/>
        <source>{where}: [output] must be a table.</source>
        <translation>{where}: [output] harus berupa tabel.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="134"/>
        <source>{where}: model.files must be a list of file names.</source>
        <translation>{where}: model.files harus berupa daftar nama berkas.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="135"/>
        <source>{where}: model.sha256 must map listed model files to hashes.</source>
        <translation>{where}: model.sha256 harus memetakan berkas model yang terdaftar ke hash-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="136"/>
        <source>{where}: no SHA-256 for {files}.</source>
        <translation>{where}: tidak ada SHA-256 untuk {files}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="137"/>
        <source>{where}: a pack needs model.files or a [remote] section.</source>
        <translation>{where}: paket memerlukan model.files atau bagian [remote].</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="138"/>
        <source>{where}: model file {file} must stay inside the pack.</source>
        <translation>{where}: berkas model {file} harus tetap berada di dalam paket.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="139"/>
        <source>{where}: labels file {file} must stay inside the pack.</source>
        <translation>{where}: berkas label {file} harus tetap berada di dalam paket.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="140"/>
        <source>{where}: cannot read labels file {file}.</source>
        <translation>{where}: berkas label {file} tidak bisa dibaca.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="141"/>
        <source>{where}: &apos;{key}&apos; is missing or not a {python_type}.</source>
        <translation>{where}: &apos;{key}&apos; tidak ada atau bukan {python_type}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="142"/>
        <source>{where}: &apos;{key}&apos; is {value}; use one of {choices}.</source>
        <translation>{where}: &apos;{key}&apos; bernilai {value}; gunakan salah satu dari {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="143"/>
        <source>{where}: &apos;labels&apos; must be a list of strings.</source>
        <translation>{where}: &apos;labels&apos; harus berupa daftar teks.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="144"/>
        <source>{where}: input.{key} must be a number or a list of numbers.</source>
        <translation>{where}: input.{key} harus berupa angka atau daftar angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="145"/>
        <source>{where}: input.size must be [width, height] in pixels.</source>
        <translation>{where}: input.size harus berupa [lebar, tinggi] dalam piksel.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="146"/>
        <source>{where}: input.mean and input.std go together.</source>
        <translation>{where}: input.mean dan input.std harus diberikan bersama.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="147"/>
        <source>{where}: input.std must not contain 0.</source>
        <translation>{where}: input.std tidak boleh berisi 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="148"/>
        <source>{where}: input.features must list the feature column names.</source>
        <translation>{where}: input.features harus mencantumkan nama-nama kolom fitur.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="149"/>
        <source>{where}: input.features has a name twice.</source>
        <translation>{where}: input.features memuat sebuah nama dua kali.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="150"/>
        <source>{where}: [remote] needs model = &quot;name&quot;.</source>
        <translation>{where}: [remote] memerlukan model = &quot;nama&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="202"/>
        <source>{where}: input.baseline needs one finite number per feature ({count}).</source>
        <translation>{where}: input.baseline memerlukan satu bilangan hingga untuk setiap fitur ({count}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="204"/>
        <source>Unknown explanation method {method}; use one of {choices}.</source>
        <translation>Metode penjelasan {method} tidak dikenal; gunakan salah satu dari {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="205"/>
        <source>{model} has no picture to explain: its input is {width}×{height} pixels.</source>
        <translation>{model} tidak punya gambar untuk dijelaskan: masukannya hanya {width}×{height} piksel.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="206"/>
        <source>{model} has no picture to explain: it takes CSV rows, which Tepi explains one feature at a time (--method=occlusion).</source>
        <translation>{model} tidak punya gambar untuk dijelaskan: model ini menerima baris CSV, yang dijelaskan Tepi satu fitur demi satu (--method=occlusion).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="211"/>
        <source>Grad-CAM needs a Keras model (.keras or .h5) run by TensorFlow, and {model} has none; the occlusion method explains any model.</source>
        <translation>Grad-CAM memerlukan model Keras (.keras atau .h5) yang dijalankan TensorFlow, dan {model} tidak memilikinya; metode oklusi dapat menjelaskan model apa pun.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="216"/>
        <source>Grad-CAM cannot explain {model} ({detail}); the occlusion method explains any model.</source>
        <translation>Grad-CAM tidak dapat menjelaskan {model} ({detail}); metode oklusi dapat menjelaskan model apa pun.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="220"/>
        <source>&apos;{name}&apos; cannot name a key: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>&apos;{name}&apos; tidak bisa menjadi nama kunci: gunakan huruf, angka, &apos;.&apos;, &apos;_&apos; atau &apos;-&apos;, diawali huruf atau angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="225"/>
        <source>&apos;{name}&apos; is not a pack name Tepi installs (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation>&apos;{name}&apos; bukan nama paket yang dipasang Tepi (huruf, angka, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="230"/>
        <source>&apos;{version}&apos; is not a version Tepi installs (letters, digits, &apos;.&apos;, &apos;+&apos;, &apos;-&apos;).</source>
        <translation>&apos;{version}&apos; bukan versi yang dipasang Tepi (huruf, angka, &apos;.&apos;, &apos;+&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="235"/>
        <source>Tepi cannot trust the update source {url}: no trusted publisher ({names}) signed its root; trust its publisher&apos;s key first, or give its root.json once (--root).</source>
        <translation>Tepi tidak bisa memercayai sumber pembaruan {url}: tidak ada penerbit tepercaya ({names}) yang menandatangani akarnya; percayai dulu kunci penerbitnya, atau berikan root.json-nya sekali (--root).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="240"/>
        <source>Tepi cannot trust the update source {url}: no publisher is trusted yet; trust its publisher&apos;s key first, or give its root.json once (--root).</source>
        <translation>Tepi tidak bisa memercayai sumber pembaruan {url}: belum ada penerbit yang dipercaya; percayai dulu kunci penerbitnya, atau berikan root.json-nya sekali (--root).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="245"/>
        <source>The update source &apos;{url}&apos; must start with http:// or https:// and name a host.</source>
        <translation>Sumber pembaruan &apos;{url}&apos; harus diawali http:// atau https:// dan menyebut nama host.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="250"/>
        <source>The update source {url} failed TUF&apos;s checks ({tuf_error}); nothing was installed.</source>
        <translation>Sumber pembaruan {url} gagal dalam pemeriksaan TUF ({tuf_error}); tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="255"/>
        <source>{name} {version} from {url} was refused: {sentence}</source>
        <translation>{name} {version} dari {url} ditolak: {sentence}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="256"/>
        <source>{name} {version} is already installed.</source>
        <translation>{name} {version} sudah terpasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="257"/>
        <source>{name} {version} is in use; switch to another version first.</source>
        <translation>{name} {version} sedang dipakai; beralihlah dulu ke versi lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="258"/>
        <source>{name} {version} is not installed (installed: {versions}).</source>
        <translation>{name} {version} tidak terpasang (yang terpasang: {versions}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="259"/>
        <source>{name} {version} is not installed.</source>
        <translation>{name} {version} tidak terpasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="260"/>
        <source>{path} already exists; choose another --name or folder.</source>
        <translation>{path} sudah ada; pilih --name atau folder lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="261"/>
        <source>{name} from {url} is not an index.</source>
        <translation>{name} dari {url} bukan indeks.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="262"/>
        <source>{name} from {url} is not valid JSON.</source>
        <translation>{name} dari {url} bukan JSON yang sah.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="263"/>
        <source>{name} from {url} is too large to be an index.</source>
        <translation>{name} dari {url} terlalu besar untuk sebuah indeks.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="264"/>
        <source>{name} has no earlier version to return to.</source>
        <translation>{name} tidak punya versi sebelumnya untuk dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="265"/>
        <source>{name} holds a symbolic link ({file}), which Tepi does not install.</source>
        <translation>{name} berisi tautan simbolik ({file}), yang tidak dipasang oleh Tepi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="266"/>
        <source>{name} holds a symbolic link ({file}), which Tepi does not publish.</source>
        <translation>{name} berisi tautan simbolik ({file}), yang tidak diterbitkan oleh Tepi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="267"/>
        <source>{name} is TUF {role} metadata, not a root.</source>
        <translation>{name} adalah metadata {role} TUF, bukan akar.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="268"/>
        <source>{name} is a TUF root, but not signed by enough of its own root keys.</source>
        <translation>{name} adalah akar TUF, tetapi tidak ditandatangani oleh cukup banyak kunci akarnya sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="269"/>
        <source>{name} is encrypted: give its passphrase (TEPI_KEY_PASSPHRASE or the prompt).</source>
        <translation>{name} terenkripsi: berikan frasa sandinya (TEPI_KEY_PASSPHRASE atau lewat isian yang diminta).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="274"/>
        <source>{name} is not TUF metadata.</source>
        <translation>{name} bukan metadata TUF.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="275"/>
        <source>{name} is not a PEM private key, or the passphrase is wrong.</source>
        <translation>{name} bukan kunci privat PEM, atau frasa sandinya salah.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="276"/>
        <source>{name} is not a PEM public key.</source>
        <translation>{name} bukan kunci publik PEM.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="277"/>
        <source>{url} is not a Tepi update source.</source>
        <translation>{url} bukan sumber pembaruan Tepi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="278"/>
        <source>{name} is not a pack archive Tepi can unpack ({system_error}).</source>
        <translation>{name} bukan arsip paket yang bisa dibongkar Tepi ({system_error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="279"/>
        <source>{name} is not a pack archive Tepi installs: {member} is a link or a device, not a file.</source>
        <translation>{name} bukan arsip paket yang dipasang Tepi: {member} adalah tautan atau perangkat, bukan berkas.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="284"/>
        <source>{name} is not a pack archive Tepi installs: {member} is in it twice.</source>
        <translation>{name} bukan arsip paket yang dipasang Tepi: {member} ada di dalamnya dua kali.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="285"/>
        <source>{name} is not a pack archive Tepi installs: {member} would land outside the pack.</source>
        <translation>{name} bukan arsip paket yang dipasang Tepi: {member} akan tertulis di luar paket.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="290"/>
        <source>{name} is not a pack archive Tepi installs: it unpacks to more than a pack may.</source>
        <translation>{name} bukan arsip paket yang dipasang Tepi: isinya melebihi batas untuk sebuah paket.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="295"/>
        <source>{name} is not an elliptic-curve P-256, P-384 or P-521 private key.</source>
        <translation>{name} bukan kunci privat elliptic-curve P-256, P-384 atau P-521.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="296"/>
        <source>{name} is not an elliptic-curve P-256, P-384 or P-521 public key.</source>
        <translation>{name} bukan kunci publik elliptic-curve P-256, P-384 atau P-521.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="297"/>
        <source>{name} is not encrypted; give no passphrase.</source>
        <translation>{name} tidak terenkripsi; jangan berikan frasa sandi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="298"/>
        <source>{name} is too large to be a key file.</source>
        <translation>{name} terlalu besar untuk sebuah berkas kunci.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="299"/>
        <source>A file from {url} does not match its signed length and SHA-256, so it was refused; nothing was installed.</source>
        <translation>Sebuah berkas dari {url} tidak cocok dengan panjang dan SHA-256 yang ditandatangani, jadi ditolak; tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="304"/>
        <source>Another Tepi is changing the installed packs; try again in a moment.</source>
        <translation>Tepi lain sedang mengubah paket yang terpasang; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="305"/>
        <source>The archive announced as {name} {version} holds {pack} {pack_version}.</source>
        <translation>Arsip yang diumumkan sebagai {name} {version} berisi {pack} {pack_version}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="306"/>
        <source>The index of {url} is not a list of versions.</source>
        <translation>Indeks dari {url} bukan daftar versi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="307"/>
        <source>The key file {path} cannot be read ({system_error}).</source>
        <translation>Berkas kunci {path} tidak bisa dibaca ({system_error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="308"/>
        <source>The key file {path} does not exist.</source>
        <translation>Berkas kunci {path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="309"/>
        <source>The record of installed {name} packs cannot be read ({system_error}).</source>
        <translation>Catatan paket {name} yang terpasang tidak bisa dibaca ({system_error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="310"/>
        <source>The update source {url} answered HTTP {http_status} for {file}; nothing was installed.</source>
        <translation>Sumber pembaruan {url} menjawab HTTP {http_status} untuk {file}; tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="315"/>
        <source>The update source {url} answered HTTP {http_status}; nothing was installed.</source>
        <translation>Sumber pembaruan {url} menjawab HTTP {http_status}; tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="320"/>
        <source>The update source {url} cannot be reached ({network_reason}); nothing was installed.</source>
        <translation>Sumber pembaruan {url} tidak bisa dihubungi ({network_reason}); tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="325"/>
        <source>The update source {url} has a TLS certificate Tepi does not trust; nothing was installed.</source>
        <translation>Sumber pembaruan {url} memakai sertifikat TLS yang tidak dipercaya Tepi; tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="330"/>
        <source>The update source {url} has no pack called {name}.</source>
        <translation>Sumber pembaruan {url} tidak punya paket bernama {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="331"/>
        <source>The update source {url} lists {name} but does not sign it.</source>
        <translation>Sumber pembaruan {url} mencantumkan {name} tetapi tidak menandatanganinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="332"/>
        <source>The update source {url} lists no version of {name}.</source>
        <translation>Sumber pembaruan {url} tidak mencantumkan versi apa pun dari {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="333"/>
        <source>The update source {url} offered metadata older than Tepi has seen or than the rest of the repository ({tuf_error}): a replay, rollback or mix-and-match; nothing was installed.</source>
        <translation>Sumber pembaruan {url} menawarkan metadata yang lebih lama daripada yang sudah dilihat Tepi atau daripada bagian lain repositori ({tuf_error}): pemutaran ulang, pengembalian versi, atau mix-and-match; tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="338"/>
        <source>The update source {url} offers expired metadata ({tuf_error}); its publisher must publish or refresh it; nothing was installed.</source>
        <translation>Sumber pembaruan {url} menawarkan metadata yang sudah kedaluwarsa ({tuf_error}); penerbitnya harus menerbitkan atau menyegarkannya; tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="343"/>
        <source>The update source {url} sent more data than its signed metadata allows; nothing was installed.</source>
        <translation>Sumber pembaruan {url} mengirim lebih banyak data daripada yang diizinkan metadatanya yang ditandatangani; tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="348"/>
        <source>The update source {url} stopped answering; nothing was installed.</source>
        <translation>Sumber pembaruan {url} berhenti menjawab; tidak ada yang dipasang.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="353"/>
        <source>the file is {size} MB, larger than Tepi accepts</source>
        <translation>berkasnya {size} MB, lebih besar dari yang diterima Tepi</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="357"/>
        <source>the file cannot be read ({system_error})</source>
        <translation>berkasnya tidak bisa dibaca ({system_error})</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="358"/>
        <source>it has {megapixels} megapixels, more than the {limit} megapixel limit</source>
        <translation>berukuran {megapixels} megapiksel, melebihi batas {limit} megapiksel</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="360"/>
        <source>the file is cut short</source>
        <translation>berkasnya terpotong</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="361"/>
        <source>the file is damaged</source>
        <translation>berkasnya rusak</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="363"/>
        <source>it is a HEIC or AVIF photo, which Tepi cannot read (save it as JPEG or PNG)</source>
        <translation>itu foto HEIC atau AVIF, yang tidak bisa dibaca Tepi (simpan sebagai JPEG atau PNG)</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="366"/>
        <source>it is a PDF document, not a picture</source>
        <translation>itu dokumen PDF, bukan gambar</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="367"/>
        <source>it is a PostScript file, not a picture</source>
        <translation>itu berkas PostScript, bukan gambar</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="368"/>
        <source>it is an SVG drawing; save it as PNG to use it</source>
        <translation>itu gambar vektor SVG; simpan sebagai PNG agar bisa dipakai</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="369"/>
        <source>it is a web page (HTML), not a picture</source>
        <translation>itu halaman web (HTML), bukan gambar</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="370"/>
        <source>it is a text file, not a picture</source>
        <translation>itu berkas teks, bukan gambar</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="376"/>
        <source>{value} is not a number</source>
        <translation>{value} bukan angka</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="377"/>
        <source>{value} is not a finite number</source>
        <translation>{value} bukan bilangan terhingga</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="378"/>
        <source>{value} is too large a number</source>
        <translation>{value} adalah angka yang terlalu besar</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="382"/>
        <source>a cell is longer than {count} characters</source>
        <translation>ada sel yang lebih panjang dari {count} karakter</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="386"/>
        <source>the input</source>
        <translation>masukan</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="387"/>
        <source>the pasted image</source>
        <translation>gambar yang ditempel</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="354"/>
        <source>the file does not exist</source>
        <translation>berkasnya tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="41"/>
        <source>{name} is not a model file Tepi knows; use .tflite, .keras, .h5, .onnx, a SavedModel folder or a Teachable Machine export.</source>
        <translation>{name} bukan berkas model yang dikenal Tepi; gunakan .tflite, .keras, .h5, .onnx, folder SavedModel, atau ekspor Teachable Machine.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="355"/>
        <source>it is a folder</source>
        <translation>itu sebuah folder</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="356"/>
        <source>Tepi is not allowed to read it</source>
        <translation>Tepi tidak diizinkan membacanya</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="375"/>
        <source>the cell is empty</source>
        <translation>selnya kosong</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="16"/>
        <source>The remote endpoint {host} cannot be reached ({network_reason}).</source>
        <translation>Endpoint jarak jauh {host} tidak dapat dijangkau ({network_reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="17"/>
        <source>The remote endpoint {host} could not be reached within {seconds} s.</source>
        <translation>Endpoint jarak jauh {host} tidak dapat dijangkau dalam {seconds} detik.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="18"/>
        <source>The remote endpoint {host} did not answer within {seconds} s.</source>
        <translation>Endpoint jarak jauh {host} tidak menjawab dalam {seconds} detik.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="19"/>
        <source>The remote endpoint {host} failed: {system_error}.</source>
        <translation>Endpoint jarak jauh {host} gagal: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="20"/>
        <source>The remote endpoint {host} redirects too many times.</source>
        <translation>Endpoint jarak jauh {host} terlalu sering mengalihkan permintaan.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="21"/>
        <source>The remote endpoint {host}&apos;s TLS certificate could not be verified; give its CA bundle or check the URL.</source>
        <translation>Sertifikat TLS endpoint jarak jauh {host} tidak dapat diverifikasi; berikan bundel CA-nya atau periksa URL-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="26"/>
        <source>The remote endpoint {host}&apos;s TLS certificate is not signed by a certificate authority Tepi trusts; give its CA bundle.</source>
        <translation>Sertifikat TLS endpoint jarak jauh {host} tidak ditandatangani otoritas sertifikat yang dipercaya Tepi; berikan bundel CA-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="31"/>
        <source>The remote endpoint {host}&apos;s TLS certificate is for another host name, not {hostname}; check the URL.</source>
        <translation>Sertifikat TLS endpoint jarak jauh {host} dibuat untuk nama host lain, bukan {hostname}; periksa URL-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="36"/>
        <source>The remote endpoint {host}&apos;s TLS certificate has expired.</source>
        <translation>Sertifikat TLS endpoint jarak jauh {host} sudah kedaluwarsa.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="37"/>
        <source>The remote endpoint {host} answered HTTP {http_status}: {detail}.</source>
        <translation>Endpoint jarak jauh {host} menjawab HTTP {http_status}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="38"/>
        <source>The remote endpoint {host} answered HTTP {http_status}.</source>
        <translation>Endpoint jarak jauh {host} menjawab HTTP {http_status}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="39"/>
        <source>The remote endpoint {host} answered HTTP {http_status}: {detail}; check the token or API key.</source>
        <translation>Endpoint jarak jauh {host} menjawab HTTP {http_status}: {detail}; periksa token atau kunci API-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="43"/>
        <source>The remote endpoint {host} answered HTTP {http_status}; check the token or API key.</source>
        <translation>Endpoint jarak jauh {host} menjawab HTTP {http_status}; periksa token atau kunci API-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="46"/>
        <source>The remote endpoint {host} answered HTTP {http_status}: {detail} (still not ready after {seconds} s).</source>
        <translation>Endpoint jarak jauh {host} menjawab HTTP {http_status}: {detail} (masih belum siap setelah {seconds} detik).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="51"/>
        <source>The remote endpoint {host} answered HTTP {http_status} (still not ready after {seconds} s).</source>
        <translation>Endpoint jarak jauh {host} menjawab HTTP {http_status} (masih belum siap setelah {seconds} detik).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="55"/>
        <source>The remote endpoint {host} answered with a body that is not JSON ({content_type}).</source>
        <translation>Endpoint jarak jauh {host} menjawab dengan isi yang bukan JSON ({content_type}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="58"/>
        <source>The remote endpoint {host} sent an answer Tepi cannot read: {sentence}</source>
        <translation>Endpoint jarak jauh {host} mengirim jawaban yang tidak bisa dibaca Tepi: {sentence}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="59"/>
        <source>The remote endpoint {host} sent model metadata Tepi cannot read: {sentence}</source>
        <translation>Endpoint jarak jauh {host} mengirim metadata model yang tidak bisa dibaca Tepi: {sentence}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="63"/>
        <source>The remote endpoint {host} answered {count} inputs with output of shape {shape} ({dtype}), not one row of scores per input.</source>
        <translation>Endpoint jarak jauh {host} menjawab {count} masukan dengan keluaran berbentuk {shape} ({dtype}), bukan satu baris skor per masukan.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="68"/>
        <source>The remote endpoint {host} is waking up; waiting up to {seconds} s for it to be ready.</source>
        <translation>Endpoint jarak jauh {host} sedang bangun; menunggu hingga {seconds} detik sampai siap.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="71"/>
        <source>The remote model {remote_model} at {host} takes {count} inputs; Tepi sends one.</source>
        <translation>Model jarak jauh {remote_model} di {host} menerima {count} masukan; Tepi mengirim satu.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="74"/>
        <source>The remote model {remote_model} at {host} takes {datatype} input, but Tepi sends preprocessed FP32 values.</source>
        <translation>Model jarak jauh {remote_model} di {host} menerima masukan {datatype}, tetapi Tepi mengirim nilai FP32 yang sudah diproses.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="79"/>
        <source>The remote model {remote_model} at {host} takes input of shape {shape}, but this model pack prepares {expected}.</source>
        <translation>Model jarak jauh {remote_model} di {host} menerima masukan berbentuk {shape}, tetapi paket model ini menyiapkan {expected}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="84"/>
        <source>it echoed request id {received} instead of {sent}</source>
        <translation>server mengembalikan id permintaan {received}, bukan {sent}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="85"/>
        <source>Name the remote model (--remote-model) for this endpoint.</source>
        <translation>Sebutkan nama model jarak jauh (--remote-model) untuk endpoint ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="86"/>
        <source>The endpoint URL {url} is not a valid URL.</source>
        <translation>URL endpoint {url} bukan URL yang sah.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="87"/>
        <source>The endpoint URL {url} must start with http:// or https:// and name a host.</source>
        <translation>URL endpoint {url} harus diawali http:// atau https:// dan menyebut nama host.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="90"/>
        <source>Unknown protocol {protocol}; use {choices}.</source>
        <translation>Protokol {protocol} tidak dikenal; gunakan {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="91"/>
        <source>The TF Serving format must be instances or inputs.</source>
        <translation>Format TF Serving harus &apos;instances&apos; atau &apos;inputs&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="92"/>
        <source>Timeouts must be more than 0 seconds.</source>
        <translation>Batas waktu harus lebih dari 0 detik.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="93"/>
        <source>Retries, backoff and the cold-start budget cannot be negative.</source>
        <translation>Jumlah percobaan ulang, jeda, dan waktu tunggu saat server bangun tidak boleh negatif.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="94"/>
        <source>The predict path {path} must start with &apos;/&apos;.</source>
        <translation>Jalur prediksi {path} harus diawali &apos;/&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="95"/>
        <source>Unknown policy {policy}; use one of {choices}.</source>
        <translation>Kebijakan {policy} tidak dikenal; gunakan salah satu dari {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="96"/>
        <source>The circuit breaker needs a threshold of 1 or more and a cooldown of 0 s or more.</source>
        <translation>Pemutus sirkuit memerlukan ambang 1 atau lebih dan masa jeda 0 detik atau lebih.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="99"/>
        <source>No backend can run this model here.</source>
        <translation>Tidak ada backend yang bisa menjalankan model ini di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="100"/>
        <source>The remote endpoint failed {count} times in a row; Tepi skips it for another {seconds} s.</source>
        <translation>Endpoint jarak jauh gagal {count} kali berturut-turut; Tepi melewatinya selama {seconds} detik lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="105"/>
        <source>Waiting in the offline queue (item {item}) until the endpoint answers: {sentence}</source>
        <translation>Menunggu di antrean luring (butir {item}) sampai endpoint menjawab: {sentence}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="109"/>
        <source>Tepi cannot copy {name} into the offline queue: {system_error}.</source>
        <translation>Tepi tidak bisa menyalin {name} ke antrean luring: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="110"/>
        <source>Tepi cannot open its offline queue {path}: {system_error}.</source>
        <translation>Tepi tidak bisa membuka antrean luringnya {path}: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="111"/>
        <source>Tepi could not update its offline queue {name}: {system_error}.</source>
        <translation>Tepi tidak bisa memperbarui antrean luringnya {name}: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="112"/>
        <source>Tepi could not read its offline queue {name}: {system_error}.</source>
        <translation>Tepi tidak bisa membaca antrean luringnya {name}: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="113"/>
        <source>The queued model {model} cannot be opened: {sentence}</source>
        <translation>Model {model} dari antrean tidak bisa dibuka: {sentence}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="114"/>
        <source>Only completed queue items can be recorded.</source>
        <translation>Hanya butir antrean yang sudah selesai yang bisa dicatat.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="115"/>
        <source>Another Tepi process is sending the queue.</source>
        <translation>Proses Tepi lain sedang mengirim antrean.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="116"/>
        <source>Tepi cannot open its history file {path}: {system_error}.</source>
        <translation>Tepi tidak bisa membuka berkas riwayatnya {path}: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="117"/>
        <source>Tepi cannot create its history in {path}: {system_error}.</source>
        <translation>Tepi tidak bisa membuat riwayatnya di {path}: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="118"/>
        <source>Tepi could not write its history file {name}: {system_error}.</source>
        <translation>Tepi tidak bisa menulis berkas riwayatnya {name}: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="119"/>
        <source>Tepi could not read its history file {name}: {system_error}.</source>
        <translation>Tepi tidak bisa membaca berkas riwayatnya {name}: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="120"/>
        <source>Tepi could not write {name}: {system_error}.</source>
        <translation>Tepi tidak bisa menulis {name}: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="122"/>
        <source>It was removed from the offline queue before the endpoint answered.</source>
        <translation>Masukan ini dihapus dari antrean luring sebelum endpoint menjawab.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="123"/>
        <source>Tepi cannot create the watch state in {path}: {system_error}.</source>
        <translation>Tepi tidak bisa membuat status pemantauan di {path}: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="124"/>
        <source>Another Tepi watcher is already using {name}; stop it first, or give this one its own --state.</source>
        <translation>Pemantau Tepi lain sudah memakai {name}; hentikan dulu, atau beri pemantau ini --state sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="128"/>
        <source>Tepi cannot open the watch state {path}: {system_error}.</source>
        <translation>Tepi tidak bisa membuka status pemantauan {path}: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="129"/>
        <source>Tepi could not update the watch state {name}: {system_error}.</source>
        <translation>Tepi tidak bisa memperbarui status pemantauan {name}: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="130"/>
        <source>Tepi could not read the watch state {name}: {system_error}.</source>
        <translation>Tepi tidak bisa membaca status pemantauan {name}: {system_error}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="131"/>
        <source>{name} is UTF-16 text; Tepi follows growing CSV files written as UTF-8.</source>
        <translation>{name} berupa teks UTF-16; Tepi hanya mengikuti berkas CSV yang terus bertambah bila ditulis sebagai UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="132"/>
        <source>An empty token cannot be stored; delete it instead.</source>
        <translation>Token kosong tidak bisa disimpan; hapus saja tokennya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="133"/>
        <source>The keyring package is not installed, so Tepi cannot store the token.</source>
        <translation>Paket keyring tidak terpasang, jadi Tepi tidak bisa menyimpan tokennya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="134"/>
        <source>The system keyring refused to store the token for {endpoint} ({system_error}); pass it with --token or TEPI_REMOTE_TOKEN instead.</source>
        <translation>Keyring sistem menolak menyimpan token untuk {endpoint} ({system_error}); berikan lewat --token atau TEPI_REMOTE_TOKEN saja.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="139"/>
        <source>The system keyring refused to delete the token ({system_error}).</source>
        <translation>Keyring sistem menolak menghapus tokennya ({system_error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="141"/>
        <source>The {object} must be a JSON object.</source>
        <translation>{object} harus berupa objek JSON.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="142"/>
        <source>A BYTES tensor holds a {python_type}, not bytes.</source>
        <translation>Tensor BYTES berisi {python_type}, bukan bytes.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="143"/>
        <source>A BYTES tensor holds binary data that JSON cannot carry as text.</source>
        <translation>Tensor BYTES berisi data biner yang tidak bisa dibawa JSON sebagai teks.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="144"/>
        <source>{field} holds {dtype} values, not numbers.</source>
        <translation>{field} berisi nilai {dtype}, bukan angka.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="145"/>
        <source>{field} holds true/false, but the datatype is {datatype}.</source>
        <translation>{field} berisi true/false, tetapi tipe datanya {datatype}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="146"/>
        <source>{field} holds fractions, but the datatype is {datatype}.</source>
        <translation>{field} berisi pecahan, tetapi tipe datanya {datatype}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="147"/>
        <source>{field} holds {value_kind}, but the datatype is {datatype}.</source>
        <translation>{field} berisi {value_kind}, tetapi tipe datanya {datatype}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="148"/>
        <source>{field} holds values outside the range of {datatype}.</source>
        <translation>{field} berisi nilai di luar jangkauan {datatype}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="149"/>
        <source>{field} holds {value_kind} where numbers or text belong.</source>
        <translation>{field} berisi {value_kind} di tempat yang seharusnya angka atau teks.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="150"/>
        <source>{field} holds invalid base64.</source>
        <translation>{field} berisi base64 yang tidak sah.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="151"/>
        <source>{field} is a ragged list (rows of different lengths).</source>
        <translation>{field} adalah daftar yang tidak rata (panjang barisnya berbeda-beda).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="152"/>
        <source>{field} must hold true/false for BOOL.</source>
        <translation>{field} harus berisi true/false untuk BOOL.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="153"/>
        <source>Unknown datatype {datatype}; expected one of {choices}.</source>
        <translation>Tipe data {datatype} tidak dikenal; seharusnya salah satu dari {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="154"/>
        <source>numpy dtype {dtype} has no wire datatype.</source>
        <translation>Tipe numpy {dtype} tidak punya padanan tipe data di protokol.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="155"/>
        <source>TensorFlow dtype {dtype} is not supported.</source>
        <translation>Tipe TensorFlow {dtype} tidak didukung.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="156"/>
        <source>The predict response has neither &apos;predictions&apos; nor &apos;outputs&apos;.</source>
        <translation>Jawaban prediksi tidak berisi &apos;predictions&apos; maupun &apos;outputs&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="157"/>
        <source>Row format needs every tensor to have the same first (batch) dimension.</source>
        <translation>Format baris mengharuskan semua tensor punya dimensi pertama (batch) yang sama.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="158"/>
        <source>{key} must be a non-empty list.</source>
        <translation>{key} harus berupa daftar yang tidak kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="159"/>
        <source>{key} must be a string.</source>
        <translation>{key} harus berupa teks.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="160"/>
        <source>{key} mixes named and unnamed rows.</source>
        <translation>{key} mencampur baris bernama dan tanpa nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="161"/>
        <source>{key} names no tensors.</source>
        <translation>{key} tidak menyebut satu pun tensor.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="162"/>
        <source>{key} names {name} twice.</source>
        <translation>{key} menyebut {name} dua kali.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="163"/>
        <source>Every row of {key} must name the same inputs.</source>
        <translation>Setiap baris {key} harus menyebut masukan yang sama.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="164"/>
        <source>The predict request needs exactly one of &apos;instances&apos; or &apos;inputs&apos;.</source>
        <translation>Permintaan prediksi harus berisi tepat satu dari &apos;instances&apos; atau &apos;inputs&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="165"/>
        <source>The model metadata has no model_spec or signature_def.</source>
        <translation>Metadata model tidak berisi model_spec maupun signature_def.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="166"/>
        <source>The model metadata&apos;s signature {name} is malformed.</source>
        <translation>Signature {name} di metadata model tidak berbentuk benar.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="167"/>
        <source>The model has no signature {name} (it has none).</source>
        <translation>Model tidak punya signature {name} (model ini tidak punya signature sama sekali).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="168"/>
        <source>The model has no signature {name} (it has {names}).</source>
        <translation>Model tidak punya signature {name} (yang ada: {names}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="169"/>
        <source>The model status has no model_version_status list.</source>
        <translation>Status model tidak berisi daftar model_version_status.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="170"/>
        <source>Metadata {where} must be an object.</source>
        <translation>Metadata {where} harus berupa objek.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="171"/>
        <source>Metadata {where} tensor {name} is malformed.</source>
        <translation>Tensor {name} di metadata {where} tidak berbentuk benar.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="172"/>
        <source>Metadata {where} needs a name.</source>
        <translation>Metadata {where} harus punya nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="173"/>
        <source>Metadata {where} needs a shape list.</source>
        <translation>Metadata {where} harus punya daftar bentuk.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="174"/>
        <source>{where} must be an object with name, shape, datatype and data.</source>
        <translation>{where} harus berupa objek dengan &apos;name&apos;, &apos;shape&apos;, &apos;datatype&apos;, dan &apos;data&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="175"/>
        <source>{where} needs a name.</source>
        <translation>{where} harus punya nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="176"/>
        <source>{where} needs a shape: a list of sizes of 0 or more.</source>
        <translation>{where} harus punya &apos;shape&apos;: daftar ukuran 0 atau lebih.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="177"/>
        <source>{where} has no data.</source>
        <translation>{where} tidak berisi data.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="178"/>
        <source>{where} has {count} values, but shape {shape} needs {expected}.</source>
        <translation>{where} berisi {count} nilai, tetapi bentuk {shape} memerlukan {expected}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="179"/>
        <source>{where} has a shape no tensor can have (over 64 dimensions, or too large for memory).</source>
        <translation>{where} berbentuk yang mustahil bagi tensor (lebih dari 64 dimensi, atau terlalu besar untuk memori).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="182"/>
        <source>The body needs a non-empty {key} list.</source>
        <translation>Isi permintaan harus berisi daftar {key} yang tidak kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="183"/>
        <source>&apos;parameters&apos; must be an object.</source>
        <translation>&apos;parameters&apos; harus berupa objek.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="184"/>
        <source>&apos;outputs&apos; must be a list of objects with a name.</source>
        <translation>&apos;outputs&apos; harus berupa daftar objek yang punya nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="185"/>
        <source>The inference response has no model_name.</source>
        <translation>Jawaban inferensi tidak berisi model_name.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="186"/>
        <source>The model metadata has no name.</source>
        <translation>Metadata model tidak berisi nama.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="187"/>
        <source>The model metadata&apos;s versions must be a list.</source>
        <translation>Bagian &apos;versions&apos; di metadata model harus berupa daftar.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="188"/>
        <source>The model metadata&apos;s {key} must be a list.</source>
        <translation>{key} pada metadata model harus berupa daftar.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="190"/>
        <source>The API key is wrong.</source>
        <translation>Kunci API-nya salah.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="191"/>
        <source>This server needs an API key: send &apos;Authorization: Bearer KEY&apos; or &apos;X-API-Key: KEY&apos;.</source>
        <translation>Server ini memerlukan kunci API: kirim &apos;Authorization: Bearer KEY&apos; atau &apos;X-API-Key: KEY&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="194"/>
        <source>The request body is larger than this server&apos;s limit of {size}.</source>
        <translation>Isi permintaan lebih besar dari batas server ini, yaitu {size}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="195"/>
        <source>The request body is not valid JSON ({system_error}).</source>
        <translation>Isi permintaan bukan JSON yang sah ({system_error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="196"/>
        <source>The request body nests JSON too deeply.</source>
        <translation>JSON di isi permintaan bersarang terlalu dalam.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="197"/>
        <source>The request did not arrive within {seconds} s.</source>
        <translation>Permintaan tidak tiba dalam {seconds} detik.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="198"/>
        <source>The request does not match this endpoint.</source>
        <translation>Permintaan tidak cocok dengan endpoint ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="199"/>
        <source>The server hit an internal error; its log has the details.</source>
        <translation>Server mengalami galat internal; rinciannya ada di log server.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="200"/>
        <source>No such endpoint.</source>
        <translation>Endpoint itu tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="201"/>
        <source>No such TensorFlow Serving endpoint.</source>
        <translation>Endpoint TensorFlow Serving itu tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="202"/>
        <source>{path} needs POST.</source>
        <translation>{path} harus dipanggil dengan POST.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="203"/>
        <source>This server answers :predict only, not {verb}.</source>
        <translation>Server ini hanya melayani :predict, bukan {verb}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="204"/>
        <source>POST to /v1/models/MODEL:predict.</source>
        <translation>Kirim POST ke /v1/models/MODEL:predict.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="205"/>
        <source>Serving signature name: &quot;{name}&quot; not found in signature def</source>
        <translation>Signature serving &quot;{name}&quot; tidak ditemukan di signature def</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="206"/>
        <source>Still loading: {models}.</source>
        <translation>Masih dimuat: {models}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="207"/>
        <source>Model {model} is loading; try again in a moment.</source>
        <translation>Model {model} sedang dimuat; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="208"/>
        <source>Model {model} is shutting down.</source>
        <translation>Model {model} sedang dimatikan.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="209"/>
        <source>Model {model} could not be loaded: {sentence}</source>
        <translation>Model {model} tidak bisa dimuat: {sentence}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="210"/>
        <source>Model {model} is not served here (served: {served}).</source>
        <translation>Model {model} tidak dilayani di sini (yang dilayani: {served}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="211"/>
        <source>Model {model} has no version {version} (served version: {served}).</source>
        <translation>Model {model} tidak punya versi {version} (versi yang dilayani: {served}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="212"/>
        <source>Model {model} takes one input named {name}, not {given}.</source>
        <translation>Model {model} menerima satu masukan bernama {name}, bukan {given}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="213"/>
        <source>Model {model} has no output {given}; its output is {name}.</source>
        <translation>Model {model} tidak punya keluaran {given}; keluarannya {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="214"/>
        <source>Input {name} of model {model} is FP32, not {datatype}.</source>
        <translation>Masukan {name} model {model} bertipe FP32, bukan {datatype}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="215"/>
        <source>{where} of model {model} has shape {shape}, but the model takes {expected} (N at least 1).</source>
        <translation>{where} model {model} berbentuk {shape}, tetapi modelnya menerima {expected} (N paling sedikit 1).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="219"/>
        <source>{where} of model {model} holds NaN or infinite values.</source>
        <translation>{where} model {model} berisi NaN atau nilai tak terhingga.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="220"/>
        <source>{path} is not a folder of model packs.</source>
        <translation>{path} bukan folder berisi paket model.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="221"/>
        <source>{path} holds no model pack with model files (folders with model.toml).</source>
        <translation>{path} tidak berisi paket model yang punya berkas model (folder dengan model.toml).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="225"/>
        <source>connection refused</source>
        <translation>sambungan ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="226"/>
        <source>the connection broke off mid-answer</source>
        <translation>sambungan terputus di tengah jawaban</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="227"/>
        <source>the host name is unknown</source>
        <translation>nama host tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="228"/>
        <source>no answer after retries</source>
        <translation>tidak ada jawaban setelah dicoba ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="229"/>
        <source>network error</source>
        <translation>galat jaringan</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="233"/>
        <source>{model} version {version}</source>
        <translation>{model} versi {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="236"/>
        <source>no content type</source>
        <translation>tanpa jenis konten</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="239"/>
        <source>inference request</source>
        <translation>Permintaan inferensi</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="240"/>
        <source>inference response</source>
        <translation>Jawaban inferensi</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="241"/>
        <source>model metadata</source>
        <translation>Metadata model</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="242"/>
        <source>predict request</source>
        <translation>Permintaan prediksi</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="243"/>
        <source>predict response</source>
        <translation>Jawaban prediksi</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="248"/>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="249"/>
        <source>a null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences_remote.py" line="250"/>
        <source>a {python_type}</source>
        <translation>sebuah {python_type}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/messages.py" line="180"/>
        <source>Tepi ran out of memory. Try fewer or smaller files at a time.</source>
        <translation>Memori Tepi habis. Coba lebih sedikit atau lebih kecil berkas sekaligus.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/messages.py" line="185"/>
        <source>Something went wrong inside Tepi. What you were doing was not finished; details are in the log file (Help ▸ Open Log Folder).</source>
        <translation>Terjadi kesalahan di dalam Tepi. Yang sedang Anda kerjakan belum selesai; rinciannya ada di berkas log (Bantuan ▸ Buka Folder Log).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="152"/>
        <source>{name} is not signed (it has no model.sig).</source>
        <translation>{name} tidak ditandatangani (tidak ada model.sig).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="153"/>
        <source>{name} is not a signed model pack.</source>
        <translation>{name} bukan paket model yang ditandatangani.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="154"/>
        <source>{file} in {name} has changed since {key} signed it.</source>
        <translation>{file} di {name} telah berubah sejak ditandatangani oleh {key}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="155"/>
        <source>{name} has a file that was not signed: {file}.</source>
        <translation>{name} berisi berkas yang tidak ditandatangani: {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="156"/>
        <source>{name} is missing {file}, which {key} signed.</source>
        <translation>{name} kehilangan {file}, yang ditandatangani oleh {key}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="157"/>
        <source>{name} does not match its signature.</source>
        <translation>{name} tidak cocok dengan tanda tangannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="158"/>
        <source>{file} in {name} is not covered by its signature.</source>
        <translation>{file} di {name} tidak tercakup oleh tanda tangannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="159"/>
        <source>{name} is signed by another key (fingerprint {fingerprint}), not by {keys}.</source>
        <translation>{name} ditandatangani dengan kunci lain (sidik jari {fingerprint}), bukan oleh {keys}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="164"/>
        <source>{name} is signed by a key with fingerprint {fingerprint}, but Tepi has no key to check it with.</source>
        <translation>{name} ditandatangani dengan kunci bersidik jari {fingerprint}, tetapi Tepi tidak punya kunci untuk memeriksanya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="169"/>
        <source>The signature of {name} does not match what it says it signed: it is forged or damaged.</source>
        <translation>Tanda tangan {name} tidak cocok dengan isi yang katanya ditandatangani: tanda tangan itu palsu atau rusak.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="174"/>
        <source>The signature of {name} (model.sig) is damaged or not a model signature Tepi reads.</source>
        <translation>Tanda tangan {name} (model.sig) rusak atau bukan tanda tangan model yang bisa dibaca Tepi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="179"/>
        <source>The signature of {name} is too large to be one.</source>
        <translation>Tanda tangan {name} terlalu besar untuk sebuah tanda tangan.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="180"/>
        <source>The signature of {name} cannot be read ({system_error}).</source>
        <translation>Tanda tangan {name} tidak bisa dibaca ({system_error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="181"/>
        <source>The signature of {name} lists a file outside the pack ({file}), so Tepi refuses it.</source>
        <translation>Tanda tangan {name} mencantumkan berkas di luar paket ({file}), jadi Tepi menolaknya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="186"/>
        <source>The signature of {name} does not cover its model.toml, so it proves nothing.</source>
        <translation>Tanda tangan {name} tidak mencakup model.toml, jadi tidak membuktikan apa pun.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="191"/>
        <source>{name} holds a symbolic link, which Tepi does not sign or verify.</source>
        <translation>{name} berisi tautan simbolik, yang tidak ditandatangani atau diperiksa oleh Tepi.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="192"/>
        <source>{name} holds a file that is not a regular file or cannot be read.</source>
        <translation>{name} berisi berkas yang bukan berkas biasa atau tidak bisa dibaca.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="193"/>
        <source>{name} is not a model pack: it has no model.toml.</source>
        <translation>{name} bukan paket model: tidak ada model.toml di dalamnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="194"/>
        <source>Tepi opens only models signed by a trusted publisher ({names}), so it refused this one (--allow-unsigned overrides): {sentence}</source>
        <translation>Tepi hanya membuka model yang ditandatangani penerbit tepercaya ({names}), jadi model ini ditolak (--allow-unsigned mengizinkannya): {sentence}</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="199"/>
        <source>This key is already trusted as {name}.</source>
        <translation>Kunci ini sudah dipercaya sebagai {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="200"/>
        <source>Another key is already trusted as {name}; choose another --name.</source>
        <translation>Kunci lain sudah dipercaya sebagai {name}; pilih --name yang lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/sentences.py" line="201"/>
        <source>No trusted key is called {name} (trusted: {names}).</source>
        <translation>Tidak ada kunci tepercaya bernama {name} (tepercaya: {names}).</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <location filename="../../desktop/controllers/models.py" line="79"/>
        <source>Tepi could not open the model %1.</source>
        <translation>Tepi tidak bisa membuka model %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/models.py" line="95"/>
        <source>%1 is a model. Switch to it?</source>
        <translation>%1 adalah model. Beralih ke model ini?</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/models.py" line="96"/>
        <source>Switch Model</source>
        <translation>Ganti Model</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/models.py" line="111"/>
        <source>Open Model</source>
        <translation>Buka Model</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/models.py" line="111"/>
        <source>Models (%1)</source>
        <translation>Model (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/models.py" line="117"/>
        <source>Open Model Folder</source>
        <translation>Buka Folder Model</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/models.py" line="131"/>
        <source>Reading the model…</source>
        <translation>Membaca model…</translation>
    </message>
</context>
<context>
    <name>ModelInfoDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="28"/>
        <source>Model Info: %1</source>
        <translation>Info Model: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="35"/>
        <source>Model summary</source>
        <translation>Ringkasan model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="36"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="41"/>
        <source>Model details as text</source>
        <translation>Rincian model sebagai teks</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="42"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="45"/>
        <source>Copy Details</source>
        <translation>Salin Rincian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="62"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="63"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="64"/>
        <source>Found as</source>
        <translation>Ditemukan sebagai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="65"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="68"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="70"/>
        <source>Runs on</source>
        <translation>Berjalan di</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="73"/>
        <source>Input</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="77"/>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="80"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="83"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="84"/>
        <source>Placement</source>
        <translation>Penempatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="87"/>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="87"/>
        <source>(none: class numbers are shown)</source>
        <translation>(tidak ada: nomor kelas yang ditampilkan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="91"/>
        <source>Preprocessing</source>
        <translation>Prapemrosesan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/model_info.py" line="92"/>
        <source>Output kind</source>
        <translation>Jenis keluaran</translation>
    </message>
</context>
<context>
    <name>ModelMenu</name>
    <message>
        <location filename="../../desktop/ui/model_menu.py" line="67"/>
        <source>No recent models</source>
        <translation>Tidak ada model terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_menu.py" line="70"/>
        <source>Clear Menu</source>
        <translation>Kosongkan Menu</translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="134"/>
        <source>Notifications</source>
        <translation>Pemberitahuan</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/controllers/notifier.py" line="56"/>
        <source>Open Log Folder</source>
        <translation>Buka Folder Log</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="114"/>
        <source>%1 %2 is active again (was %3).</source>
        <translation>%1 %2 aktif kembali (sebelumnya %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="123"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="137"/>
        <source>Checking for updates to %1…</source>
        <translation>Memeriksa pembaruan untuk %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="148"/>
        <source>This computer is offline; check for updates when it is online.</source>
        <translation>Komputer ini sedang luring; periksa pembaruan saat sudah daring.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="150"/>
        <source>Not checking for updates: the system says this connection is metered.</source>
        <translation>Tidak memeriksa pembaruan: menurut sistem, koneksi ini berkuota (terukur).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="158"/>
        <source>%1 is up to date (%2).</source>
        <translation>%1 sudah versi terbaru (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="163"/>
        <source>%1 %2 installed (was %3)</source>
        <translation>%1 %2 terpasang (sebelumnya %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="164"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../desktop/controllers/preferences.py" line="78"/>
        <source>Tepi will use the new language from its next start.</source>
        <translation>Tepi akan memakai bahasa baru saat dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>PublishersPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/publishers_page.py" line="42"/>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/publishers_page.py" line="49"/>
        <location filename="../../desktop/ui/dialogs/publishers_page.py" line="63"/>
        <source>Trusted publishers</source>
        <translation>Penerbit tepercaya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/publishers_page.py" line="53"/>
        <source>With no trusted publisher, every model opens. Once you trust one, Tepi opens only model packs signed with a trusted key and refuses the rest.</source>
        <translation>Tanpa penerbit tepercaya, semua model bisa dibuka. Begitu Anda memercayai satu penerbit, Tepi hanya membuka paket model yang ditandatangani dengan kunci tepercaya dan menolak sisanya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/publishers_page.py" line="61"/>
        <source>Publisher</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/publishers_page.py" line="61"/>
        <source>Key fingerprint</source>
        <translation>Sidik jari kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/publishers_page.py" line="67"/>
        <source>Add Key…</source>
        <translation>Tambah Kunci…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/publishers_page.py" line="68"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/publishers_page.py" line="75"/>
        <source>Trust Tepi&apos;s release key (it signs the bundled models)</source>
        <translation>Percayai kunci rilis Tepi (yang menandatangani model bawaan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/publishers_page.py" line="104"/>
        <source>Trust a Publisher&apos;s Key</source>
        <translation>Percayai Kunci Penerbit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/publishers_page.py" line="104"/>
        <source>Public keys (*.pub *.pem)</source>
        <translation>Kunci publik (*.pub *.pem)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/publishers_page.py" line="124"/>
        <source>added when you press OK</source>
        <translation>ditambahkan saat Anda menekan OK</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="159"/>
        <source>%n queued input(s) finished on the server.</source>
        <translation>
            <numerusform>%n masukan dari antrean selesai di server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="164"/>
        <source>%n queued input(s) could not be predicted; the History says why.</source>
        <translation>
            <numerusform>%n masukan dari antrean tidak dapat diprediksi; Riwayat menjelaskan sebabnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/queue.py" line="181"/>
        <source>The offline queue stopped sending.</source>
        <translation>Antrean luring berhenti mengirim.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="224"/>
        <location filename="../../desktop/controllers/queue.py" line="235"/>
        <source>Discarded %n input(s).</source>
        <translation>
            <numerusform>%n masukan dibuang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="227"/>
        <source>%n input(s) were being sent just then and were kept.</source>
        <translation>
            <numerusform>%n masukan sedang dikirim saat itu dan tetap disimpan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="33"/>
        <source>Queued</source>
        <translation>Diantrekan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="34"/>
        <source>Input</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="35"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="37"/>
        <source>Last error</source>
        <translation>Galat terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="79"/>
        <source>%1 · row %2</source>
        <translation>%1 · baris %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="91"/>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="93"/>
        <source>Finishing…</source>
        <translation>Menyelesaikan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/tables/queue.py" line="95"/>
        <source>Waiting · tried %n time(s)</source>
        <translation>
            <numerusform>Menunggu · dicoba %n kali</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="96"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="107"/>
        <source>Unreachable: %1</source>
        <translation>Tidak terjangkau: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="109"/>
        <source>No answer within %1 s</source>
        <translation>Tidak ada jawaban dalam %1 detik</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="77"/>
        <source>Offline queue</source>
        <translation>Antrean luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="79"/>
        <source>&amp;Offline Queue</source>
        <translation>Antrean &amp;Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="83"/>
        <source>Show or hide the inputs waiting for the server</source>
        <translation>Tampilkan atau sembunyikan masukan yang menunggu server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="105"/>
        <source>Queue status</source>
        <translation>Status antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="113"/>
        <source>Waiting inputs</source>
        <translation>Masukan yang menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="132"/>
        <source>Nothing is waiting for the server.
When only the server can run an input and it cannot be reached, the input waits here and runs by itself once the server is back.</source>
        <translation>Tidak ada yang menunggu server.
Bila sebuah masukan hanya bisa dijalankan server dan server tidak terjangkau, masukan itu menunggu di sini dan berjalan sendiri begitu server kembali.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="142"/>
        <source>Queue actions</source>
        <translation>Tindakan antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="146"/>
        <source>Retry Now</source>
        <translation>Coba Sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="148"/>
        <source>Try the server now instead of waiting</source>
        <translation>Coba server sekarang tanpa menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="153"/>
        <source>Discard…</source>
        <translation>Buang…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="155"/>
        <source>Remove the selected inputs from the queue</source>
        <translation>Keluarkan masukan terpilih dari antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="160"/>
        <source>Clear All…</source>
        <translation>Hapus Semua…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="162"/>
        <source>Remove every waiting input</source>
        <translation>Keluarkan semua masukan yang menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="201"/>
        <source>Everything has been sent.</source>
        <translation>Semuanya sudah terkirim.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="203"/>
        <source>Trying the server now…</source>
        <translation>Sedang mencoba server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="225"/>
        <source>Paused: the server refused the credentials (HTTP %1). Correct the token or API key in Settings ▸ Remote; the inputs keep waiting.</source>
        <translation>Dijeda: server menolak kredensialnya (HTTP %1). Perbaiki token atau kunci API di Pengaturan ▸ Jarak Jauh; masukan tetap menunggu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="228"/>
        <source>Paused: %1</source>
        <translation>Dijeda: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="209"/>
        <source>The server cannot be reached. Tepi keeps trying by itself and sends these in order once it answers.</source>
        <translation>Server tidak dapat dijangkau. Tepi terus mencoba sendiri dan mengirim semua ini berurutan begitu server menjawab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/queue_panel.py" line="217"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="247"/>
        <source>They will not be predicted. Your files are not touched.</source>
        <translation>Masukan itu tidak akan diprediksi. Berkas Anda tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="259"/>
        <source>Discard Inputs</source>
        <translation>Buang Masukan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/queue_panel.py" line="260"/>
        <source>Discard %n selected input(s) from the queue?</source>
        <translation>
            <numerusform>Buang %n masukan terpilih dari antrean?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="261"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="270"/>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="272"/>
        <source>Clear Queue</source>
        <translation>Kosongkan Antrean</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/queue_panel.py" line="271"/>
        <source>Discard all %n waiting input(s)?</source>
        <translation>
            <numerusform>Buang semua %n masukan yang menunggu?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="248"/>
        <source>Offline Queue</source>
        <translation>Antrean Luring</translation>
    </message>
</context>
<context>
    <name>QueueStatusButton</name>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="51"/>
        <source>Inputs that run when the server answers again; click to see them</source>
        <translation>Masukan yang dijalankan saat server menjawab lagi; klik untuk melihatnya</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/queue_panel.py" line="57"/>
        <source>%n waiting for the server</source>
        <translation>
            <numerusform>%n menunggu server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteController</name>
    <message>
        <location filename="../../desktop/controllers/remote.py" line="122"/>
        <source>No system keyring could keep the token, so Tepi keeps it only until it closes. You will be asked again next time.</source>
        <translation>Tidak ada keyring sistem yang bisa menyimpan token, jadi Tepi menyimpannya hanya sampai ditutup. Lain kali Anda akan diminta lagi.</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="62"/>
        <source>Remote</source>
        <translation>Jarak Jauh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="100"/>
        <source>Use a remote &amp;endpoint</source>
        <translation>Gunakan &amp;endpoint jarak jauh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="105"/>
        <source>Server URL</source>
        <translation>URL server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="106"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL server:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="110"/>
        <source>Open Inference Protocol v2 (KServe, Triton)</source>
        <translation>Open Inference Protocol v2 (KServe, Triton)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="111"/>
        <source>TensorFlow Serving REST</source>
        <translation>TensorFlow Serving REST</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="112"/>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="113"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokol:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="116"/>
        <source>Model name on the server</source>
        <translation>Nama model di server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="118"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versi:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="121"/>
        <source>Model version on the server</source>
        <translation>Versi model di server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="124"/>
        <source>&amp;Model name:</source>
        <translation>Nama &amp;model:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="137"/>
        <source>Only on this computer</source>
        <translation>Hanya di komputer ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="138"/>
        <source>This computer first, the server if that fails</source>
        <translation>Komputer ini dulu, server bila gagal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="139"/>
        <source>The server first, this computer if it fails</source>
        <translation>Server dulu, komputer ini bila gagal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="140"/>
        <source>Only on the server (wait in the queue while it is away)</source>
        <translation>Hanya di server (menunggu di antrean selama server tidak ada)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="128"/>
        <source>Where models run</source>
        <translation>Tempat model berjalan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="129"/>
        <source>&amp;Run models:</source>
        <translation>&amp;Jalankan model:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="145"/>
        <source>Sign-in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="148"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="149"/>
        <source>Bearer token</source>
        <translation>Token Bearer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="150"/>
        <source>Custom header</source>
        <translation>Header khusus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="151"/>
        <source>Sign-in method</source>
        <translation>Cara masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="153"/>
        <source>&amp;Sign in with:</source>
        <translation>Ma&amp;suk dengan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="155"/>
        <source>Header name</source>
        <translation>Nama header</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="156"/>
        <source>&amp;Header name:</source>
        <translation>Nama &amp;header:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="159"/>
        <source>Token or header value</source>
        <translation>Token atau nilai header</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="160"/>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="269"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="166"/>
        <source>Connection</source>
        <translation>Sambungan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="169"/>
        <source>Connect timeout</source>
        <translation>Batas waktu tersambung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="171"/>
        <source>&amp;Answer within:</source>
        <translation>Ja&amp;wab dalam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="174"/>
        <source>Read timeout</source>
        <translation>Batas waktu jawaban</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="178"/>
        <source>C&amp;onnect within:</source>
        <translation>Tersambung &amp;dalam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="179"/>
        <source>Verify the server&apos;s TLS &amp;certificate</source>
        <translation>Peri&amp;ksa sertifikat TLS server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="184"/>
        <source>The system&apos;s certificates</source>
        <translation>Sertifikat sistem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="185"/>
        <source>CA bundle file</source>
        <translation>Berkas bundel CA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="187"/>
        <source>Bro&amp;wse…</source>
        <translation>Telusu&amp;ri…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="190"/>
        <source>CA &amp;bundle:</source>
        <translation>&amp;Bundel CA:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="200"/>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="223"/>
        <source>%1 (from the model pack)</source>
        <translation>%1 (dari paket model)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="224"/>
        <source>latest</source>
        <translation>terbaru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="269"/>
        <source>Va&amp;lue:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="276"/>
        <source>Stored; type to replace it</source>
        <translation>Tersimpan; ketik untuk menggantinya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="283"/>
        <source>No system keyring is available, so the token is kept only until Tepi closes.</source>
        <translation>Keyring sistem tidak tersedia, jadi token hanya disimpan sampai Tepi ditutup.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="297"/>
        <source>Type the server&apos;s address, e.g. http://127.0.0.1:8500.</source>
        <translation>Ketik alamat server, mis. http://127.0.0.1:8500.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="299"/>
        <source>The address must start with http:// or https:// and name a host.</source>
        <translation>Alamat harus diawali http:// atau https:// dan menyebut nama host.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="301"/>
        <source>This file does not exist.</source>
        <translation>Berkas ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="325"/>
        <source>CA Bundle</source>
        <translation>Bundel CA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="327"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="42"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="51"/>
        <source>Picture as the model saw it</source>
        <translation>Gambar seperti yang dilihat model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="77"/>
        <source>Close this result</source>
        <translation>Tutup hasil ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="78"/>
        <source>Close result</source>
        <translation>Tutup hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="91"/>
        <source>Explain</source>
        <translation>Jelaskan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="97"/>
        <location filename="../../desktop/ui/pages/result_view.py" line="98"/>
        <source>Heatmap opacity</source>
        <translation>Keburaman peta panas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="113"/>
        <source>Finding where the model looked…</source>
        <translation>Mencari bagian yang dilihat model…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="135"/>
        <location filename="../../desktop/ui/pages/result_view.py" line="143"/>
        <source>Best match</source>
        <translation>Paling cocok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="176"/>
        <source>Model input</source>
        <translation>Masukan model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="207"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 piksel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="214"/>
        <source>%1 confident</source>
        <translation>%1 yakin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="222"/>
        <source>Answered remotely</source>
        <translation>Dijawab dari jarak jauh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="222"/>
        <source>Answered on this computer</source>
        <translation>Dijawab di komputer ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="228"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="225"/>
        <location filename="../../desktop/ui/pages/result_view.py" line="236"/>
        <source>Fallback: %1</source>
        <translation>Cadangan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="233"/>
        <source>%1 · signed by %2</source>
        <translation>%1 · ditandatangani oleh %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="235"/>
        <source>The model that answered, and who signed it</source>
        <translation>Model yang menjawab, dan siapa yang menandatanganinya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="243"/>
        <source>What the model was given: %1 × %2 pixels, after its preprocessing.</source>
        <translation>Yang diberikan ke model: %1 × %2 piksel, setelah prapemrosesannya.</translation>
    </message>
</context>
<context>
    <name>ResultsController</name>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="72"/>
        <source>Skipped %n file(s) that are not images.</source>
        <translation>
            <numerusform>%n berkas yang bukan gambar dilewati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="74"/>
        <source>Skipped %n file(s) that are not CSV files.</source>
        <translation>
            <numerusform>%n berkas yang bukan berkas CSV dilewati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="79"/>
        <source>There was nothing Tepi can predict in what you opened.</source>
        <translation>Tidak ada yang bisa diprediksi Tepi dari yang Anda buka.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="107"/>
        <source>%1 of %n input(s) could not be predicted; the Status column says why.</source>
        <translation>
            <numerusform>%1 dari %n masukan tidak bisa diprediksi; kolom Status menjelaskan alasannya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="135"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="146"/>
        <source>from the history, %1</source>
        <translation>dari riwayat, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="157"/>
        <source>Export Results</source>
        <translation>Ekspor Hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="157"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="170"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n baris disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="172"/>
        <source>Show in Folder</source>
        <translation>Tampilkan di Folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="195"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n baris disalin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="52"/>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="83"/>
        <source>Predictions</source>
        <translation>Prediksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="87"/>
        <source>Labels to show</source>
        <translation>Label yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="88"/>
        <source>&amp;Labels to show:</source>
        <translation>&amp;Label yang ditampilkan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="91"/>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="93"/>
        <source>CPU threads</source>
        <translation>Thread CPU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="94"/>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Thread CPU:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="98"/>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="101"/>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="110"/>
        <source>Same as the system</source>
        <translation>Sama seperti sistem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="102"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="103"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="108"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="114"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="115"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="116"/>
        <source>A new language is used from the next start of Tepi.</source>
        <translation>Bahasa baru dipakai mulai Tepi dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="123"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="124"/>
        <source>&amp;Keep a history of predictions</source>
        <translation>&amp;Simpan riwayat prediksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="130"/>
        <source>Forever</source>
        <translation>Selamanya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="131"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="133"/>
        <source>Keep entries for</source>
        <translation>Simpan entri selama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings_dialog.py" line="136"/>
        <source>Keep &amp;entries for:</source>
        <translation>Simpan entri sela&amp;ma:</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../desktop/ui/status_line.py" line="19"/>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_line.py" line="20"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_line.py" line="24"/>
        <source>Ready · %1 %2 · %3</source>
        <translation>Siap · %1 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_line.py" line="32"/>
        <source>Signed by %1</source>
        <translation>Ditandatangani oleh %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_line.py" line="36"/>
        <source>Loading model %1…</source>
        <translation>Memuat model %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_line.py" line="39"/>
        <source>No model loaded · use Model ▸ Open Model…</source>
        <translation>Belum ada model · gunakan Model ▸ Buka Model…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_line.py" line="42"/>
        <source>Working…</source>
        <translation>Sedang bekerja…</translation>
    </message>
</context>
<context>
    <name>VersionsMenu</name>
    <message>
        <location filename="../../desktop/ui/versions_menu.py" line="42"/>
        <source>&amp;Version</source>
        <translation>&amp;Versi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/versions_menu.py" line="43"/>
        <source>Only installed and bundled packs have versions</source>
        <translation>Hanya paket yang terpasang dan bawaan yang memiliki versi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/versions_menu.py" line="45"/>
        <source>&amp;Version %1</source>
        <translation>&amp;Versi %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/versions_menu.py" line="49"/>
        <source>%1 (bundled)</source>
        <translation>%1 (bawaan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/versions_menu.py" line="51"/>
        <source>%1 · signed by %2</source>
        <translation>%1 · ditandatangani oleh %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/versions_menu.py" line="63"/>
        <source>Ro&amp;ll Back to %1</source>
        <translation>&amp;Kembalikan ke %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/versions_menu.py" line="63"/>
        <source>Ro&amp;ll Back</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/versions_menu.py" line="68"/>
        <source>Install a newer version from %1</source>
        <translation>Pasang versi lebih baru dari %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/versions_menu.py" line="70"/>
        <source>This model has no update source (python -m inference pack update NAME --from URL)</source>
        <translation>Model ini tidak punya sumber pembaruan (python -m inference pack update NAME --from URL)</translation>
    </message>
</context>
</TS>

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
        <location filename="../../desktop/ui/actions.py" line="73"/>
        <source>&amp;Open Files…</source>
        <translation>&amp;Buka Berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="76"/>
        <source>Predict images or CSV files</source>
        <translation>Prediksi gambar atau berkas CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="79"/>
        <source>Open &amp;Folder…</source>
        <translation>Buka &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="82"/>
        <source>Predict every image in a folder</source>
        <translation>Prediksi setiap gambar dalam folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="91"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="94"/>
        <source>Predict the image or files on the clipboard</source>
        <translation>Prediksi gambar atau berkas di papan klip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="97"/>
        <source>Try a &amp;Sample</source>
        <translation>Coba &amp;Contoh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="100"/>
        <source>Predict one of the bundled samples</source>
        <translation>Prediksi salah satu contoh bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="103"/>
        <source>&amp;Export Results…</source>
        <translation>&amp;Ekspor Hasil…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="106"/>
        <source>Save the batch results as CSV</source>
        <translation>Simpan hasil kumpulan sebagai CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="109"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="109"/>
        <source>Copy the selected results</source>
        <translation>Salin hasil yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="112"/>
        <source>Cancel &amp;Batch</source>
        <translation>Batalkan &amp;Kumpulan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="115"/>
        <source>Stop the running batch</source>
        <translation>Hentikan kumpulan yang sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="118"/>
        <source>&amp;Close Result</source>
        <translation>&amp;Tutup Hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="121"/>
        <source>Go back to the drop area</source>
        <translation>Kembali ke area seret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="124"/>
        <source>E&amp;xplain</source>
        <translation>&amp;Jelaskan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="127"/>
        <source>Show where in the picture the model found its answer</source>
        <translation>Tunjukkan di bagian gambar mana model menemukan jawabannya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="131"/>
        <source>Open &amp;Model…</source>
        <translation>Buka &amp;Model…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="134"/>
        <source>Use a .tflite, .keras, .h5, .onnx or .zip model</source>
        <translation>Gunakan model .tflite, .keras, .h5, .onnx atau .zip</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="137"/>
        <source>Open Model F&amp;older…</source>
        <translation>Buka F&amp;older Model…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="140"/>
        <source>Use a model pack, SavedModel or Teachable Machine folder</source>
        <translation>Gunakan folder paket model, SavedModel atau Teachable Machine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="143"/>
        <source>Model &amp;Info</source>
        <translation>&amp;Info Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="146"/>
        <source>Everything Tepi knows about the model</source>
        <translation>Semua yang Tepi ketahui tentang model ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="149"/>
        <source>Check for &amp;Updates</source>
        <translation>&amp;Periksa Pembaruan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="152"/>
        <source>Install a newer version of this model from its update source</source>
        <translation>Pasang versi lebih baru model ini dari sumber pembaruannya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="155"/>
        <source>Ro&amp;ll Back</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="158"/>
        <source>Return to the version used before</source>
        <translation>Kembali ke versi yang dipakai sebelumnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="161"/>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="164"/>
        <source>Show or hide the history panel</source>
        <translation>Tampilkan atau sembunyikan panel riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="167"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="170"/>
        <source>Top-k, threads, theme, language, history</source>
        <translation>Top-k, thread, tema, bahasa, riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="173"/>
        <source>Open &amp;Log Folder</source>
        <translation>Buka Folder &amp;Log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="176"/>
        <source>Where Tepi writes error details</source>
        <translation>Tempat Tepi menulis rincian galat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="179"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Papan Ketik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="182"/>
        <source>Every shortcut of the window</source>
        <translation>Semua pintasan jendela</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="184"/>
        <source>&amp;About Tepi</source>
        <translation>&amp;Tentang Tepi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="186"/>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="187"/>
        <source>&amp;Bundled Models</source>
        <translation>Model &amp;Bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="188"/>
        <source>&amp;Version</source>
        <translation>&amp;Versi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="189"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="203"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="209"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="213"/>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="226"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="85"/>
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Pantau Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/actions.py" line="88"/>
        <source>Predict images and CSV rows as they arrive in a folder, until you stop</source>
        <translation>Prediksi gambar dan baris CSV begitu tiba di sebuah folder, sampai Anda menghentikannya</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="71"/>
        <source>Notification</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="96"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/notifications.py" line="97"/>
        <source>Dismiss notification</source>
        <translation>Tutup pemberitahuan</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="52"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="53"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="54"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="55"/>
        <source>Answered by</source>
        <translation>Dijawab oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="56"/>
        <source>Time (ms)</source>
        <translation>Waktu (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="100"/>
        <location filename="../../desktop/ui/tables/batch.py" line="125"/>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="135"/>
        <source>%1 · row %2</source>
        <translation>%1 · baris %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="166"/>
        <source>Not sure</source>
        <translation>Tidak yakin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="168"/>
        <source>OK (server: local was unsure)</source>
        <translation>OK (server: komputer ini tidak yakin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="170"/>
        <source>OK (fallback)</source>
        <translation>OK (cadangan)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="171"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="173"/>
        <source>Queued</source>
        <translation>Menunggu server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="206"/>
        <source>Confidence (%)</source>
        <translation>Keyakinan (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/batch.py" line="214"/>
        <source>Fallback: %1</source>
        <translation>Cadangan: %1</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="53"/>
        <source>Batch results</source>
        <translation>Hasil kumpulan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="87"/>
        <source>Batch progress</source>
        <translation>Kemajuan kumpulan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="89"/>
        <source>Cancel</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="91"/>
        <source>Stop the batch; results so far are kept (Esc)</source>
        <translation>Hentikan kumpulan; hasil sejauh ini tetap disimpan (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="100"/>
        <source>Results table</source>
        <translation>Tabel hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="141"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="145"/>
        <source>Explain</source>
        <translation>Jelaskan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="148"/>
        <location filename="../../desktop/ui/pages/batch_view.py" line="162"/>
        <source>Copy Rows</source>
        <translation>Salin Baris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="165"/>
        <source>Copy the selected rows (%1)</source>
        <translation>Salin baris yang dipilih (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="172"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="174"/>
        <source>Save these results as a CSV file (Ctrl+E)</source>
        <translation>Simpan hasil ini sebagai berkas CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="204"/>
        <source>%1 and %2 more</source>
        <translation>%1 dan %2 lainnya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="237"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="246"/>
        <source>Stopped after %1 s</source>
        <translation>Dihentikan setelah %1 detik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="248"/>
        <source>Finished in %1 s</source>
        <translation>Selesai dalam %1 detik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="251"/>
        <source>%1 inputs/s</source>
        <translation>%1 masukan/detik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="253"/>
        <source>%1 predicted</source>
        <translation>%1 diprediksi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="256"/>
        <source>%1 not sure</source>
        <translation>%1 tidak yakin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="258"/>
        <source>%1 could not be read</source>
        <translation>%1 tidak bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="260"/>
        <source>%1 waiting in the offline queue</source>
        <translation>%1 menunggu di antrean luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="261"/>
        <source>Waiting for the first result…</source>
        <translation>Menunggu hasil pertama…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="268"/>
        <source>less than a second left</source>
        <translation>kurang dari satu detik lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="270"/>
        <source>about %1 s left</source>
        <translation>sekitar %1 detik lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="271"/>
        <source>about %1 min left</source>
        <translation>sekitar %1 menit lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="200"/>
        <source>Watching %1</source>
        <translation>Memantau %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/batch_view.py" line="234"/>
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
        <location filename="../../desktop/remote/connection.py" line="119"/>
        <source>%1 version %2</source>
        <translation>%1 versi %2</translation>
    </message>
    <message>
        <location filename="../../desktop/remote/connection.py" line="126"/>
        <source>Ready: the server at %1 runs %2.</source>
        <translation>Siap: server di %1 menjalankan %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/remote/connection.py" line="129"/>
        <source>Not ready: the server at %1 answers, but %2 is still starting up.</source>
        <translation>Belum siap: server di %1 menjawab, tetapi %2 masih dimulai.</translation>
    </message>
    <message>
        <location filename="../../desktop/remote/connection.py" line="133"/>
        <source>Refused (HTTP %3): the server at %1 does not accept the token or header.</source>
        <translation>Ditolak (HTTP %3): server di %1 tidak menerima token atau header-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/remote/connection.py" line="138"/>
        <source>The server at %1 answers, but does not serve the model %2.</source>
        <translation>Server di %1 menjawab, tetapi tidak menyediakan model %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/remote/connection.py" line="141"/>
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
        <location filename="../../desktop/ui/pages/drop_zone.py" line="32"/>
        <source>Drop area</source>
        <translation>Area seret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="65"/>
        <source>Open Files…</source>
        <translation>Buka Berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="66"/>
        <source>Open Folder…</source>
        <translation>Buka Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="67"/>
        <source>Try a Sample</source>
        <translation>Coba Contoh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="90"/>
        <source>Drop a CSV file here</source>
        <translation>Seret berkas CSV ke sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="92"/>
        <source>Each row is predicted; the export keeps your columns.</source>
        <translation>Setiap baris diprediksi; hasil ekspor mempertahankan kolom Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="93"/>
        <source>A CSV file with the columns %1.</source>
        <translation>Berkas CSV dengan kolom %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="96"/>
        <source>Drop images or a folder of images here</source>
        <translation>Seret gambar atau folder berisi gambar ke sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="100"/>
        <source>or paste an image with %1</source>
        <translation>atau tempel gambar dengan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="101"/>
        <source>Open CSV…</source>
        <translation>Buka CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="101"/>
        <source>Open Images…</source>
        <translation>Buka Gambar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/drop_zone.py" line="112"/>
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
        <location filename="../../desktop/ui/panels/history_filters.py" line="49"/>
        <source>Filter by label</source>
        <translation>Saring menurut label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="51"/>
        <source>Filter by model</source>
        <translation>Saring menurut model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="53"/>
        <source>Filter by outcome</source>
        <translation>Saring menurut hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="55"/>
        <source>All outcomes</source>
        <translation>Semua hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="56"/>
        <source>Answered</source>
        <translation>Terjawab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="57"/>
        <source>Not sure</source>
        <translation>Tidak yakin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="58"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="62"/>
        <source>Filter by date</source>
        <translation>Saring menurut tanggal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="64"/>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="65"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="66"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="67"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="68"/>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="83"/>
        <source>All labels</source>
        <translation>Semua label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_filters.py" line="84"/>
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
    <message>
        <location filename="../../desktop/ui/tables/history.py" line="102"/>
        <source>%1 · row %2</source>
        <translation>%1 · baris %2</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="46"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="65"/>
        <source>Search History</source>
        <translation>Cari di Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="76"/>
        <source>History entries</source>
        <translation>Entri riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="102"/>
        <source>History actions</source>
        <translation>Tindakan riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="105"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="105"/>
        <source>Show the selected entry</source>
        <translation>Tampilkan entri yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="109"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="111"/>
        <source>Save the entries shown as a CSV file</source>
        <translation>Simpan entri yang ditampilkan sebagai berkas CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="116"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="118"/>
        <source>Delete the selected entries</source>
        <translation>Hapus entri yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="123"/>
        <source>Clear All…</source>
        <translation>Hapus Semua…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="125"/>
        <source>Delete the whole history</source>
        <translation>Hapus seluruh riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="148"/>
        <source>History is off. Turn it on in Settings to keep your results here.</source>
        <translation>Riwayat sedang mati. Nyalakan di Pengaturan agar hasil Anda tersimpan di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="150"/>
        <source>No predictions yet.
Every result you get is kept here.</source>
        <translation>Belum ada prediksi.
Setiap hasil yang Anda dapat disimpan di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="152"/>
        <source>Nothing matches these filters.</source>
        <translation>Tidak ada yang cocok dengan saringan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="156"/>
        <source>Showing the newest %1 of %2</source>
        <translation>Menampilkan %1 terbaru dari %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/history_panel.py" line="161"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="196"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="197"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="198"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="199"/>
        <source>Confidence (%)</source>
        <translation>Keyakinan (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="200"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="201"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="220"/>
        <location filename="../../desktop/ui/panels/history_panel.py" line="226"/>
        <source>Clear History</source>
        <translation>Hapus Riwayat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/history_panel.py" line="221"/>
        <source>Delete all %Ln entries of the history?</source>
        <translation>
            <numerusform>Hapus semua %Ln entri riwayat?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="225"/>
        <source>This cannot be undone. Exported CSV files are not affected.</source>
        <translation>Ini tidak bisa dibatalkan. Berkas CSV yang sudah diekspor tidak terpengaruh.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="239"/>
        <source>tepi-history-%1.csv</source>
        <translation>riwayat-tepi-%1.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="242"/>
        <source>Export History</source>
        <translation>Ekspor Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/history_panel.py" line="242"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>InputController</name>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="54"/>
        <source>pasted image</source>
        <translation>gambar tempelan</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="61"/>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Berkas CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="61"/>
        <location filename="../../desktop/controllers/inputs.py" line="63"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="66"/>
        <source>Open Files</source>
        <translation>Buka Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="74"/>
        <source>Open Folder</source>
        <translation>Buka Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="98"/>
        <source>The clipboard holds no image and no file paths.</source>
        <translation>Papan klip tidak berisi gambar maupun jalur berkas.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="104"/>
        <source>This model has no bundled sample; drop one of your own files.</source>
        <translation>Model ini tidak punya contoh bawaan; seret salah satu berkas Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="82"/>
        <source>Watch Folder</source>
        <translation>Pantau Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="63"/>
        <source>Images (%1)</source>
        <translation>Gambar (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/inputs.py" line="91"/>
        <source>Open a model first, then watch a folder with it.</source>
        <translation>Buka model dulu, lalu pantau folder dengannya.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/window.py" line="89"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/text/errors.py" line="46"/>
        <source>Tepi ran out of memory. Try fewer or smaller files at a time.</source>
        <translation>Memori Tepi habis. Coba lebih sedikit atau lebih kecil berkas sekaligus.</translation>
    </message>
    <message>
        <location filename="../../desktop/text/errors.py" line="51"/>
        <source>Something went wrong inside Tepi. What you were doing was not finished; details are in the log file (Help ▸ Open Log Folder).</source>
        <translation>Terjadi kesalahan di dalam Tepi. Yang sedang Anda kerjakan belum selesai; rinciannya ada di berkas log (Bantuan ▸ Buka Folder Log).</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <location filename="../../desktop/controllers/models.py" line="83"/>
        <source>Tepi could not open the model %1.</source>
        <translation>Tepi tidak bisa membuka model %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/models.py" line="99"/>
        <source>%1 is a model. Switch to it?</source>
        <translation>%1 adalah model. Beralih ke model ini?</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/models.py" line="100"/>
        <source>Switch Model</source>
        <translation>Ganti Model</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/models.py" line="116"/>
        <source>Open Model</source>
        <translation>Buka Model</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/models.py" line="114"/>
        <source>Models (%1)</source>
        <translation>Model (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/models.py" line="124"/>
        <source>Open Model Folder</source>
        <translation>Buka Folder Model</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/models.py" line="140"/>
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
        <location filename="../../desktop/ui/notifications.py" line="140"/>
        <source>Notifications</source>
        <translation>Pemberitahuan</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../desktop/controllers/notifier.py" line="63"/>
        <source>Open Log Folder</source>
        <translation>Buka Folder Log</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="115"/>
        <source>%1 %2 is active again (was %3).</source>
        <translation>%1 %2 aktif kembali (sebelumnya %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="124"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="149"/>
        <source>Checking for updates to %1…</source>
        <translation>Memeriksa pembaruan untuk %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="165"/>
        <source>This computer is offline; check for updates when it is online.</source>
        <translation>Komputer ini sedang luring; periksa pembaruan saat sudah daring.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="167"/>
        <source>Not checking for updates: the system says this connection is metered.</source>
        <translation>Tidak memeriksa pembaruan: menurut sistem, koneksi ini berkuota (terukur).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="175"/>
        <source>%1 is up to date (%2).</source>
        <translation>%1 sudah versi terbaru (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="180"/>
        <source>%1 %2 installed (was %3)</source>
        <translation>%1 %2 terpasang (sebelumnya %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/packs.py" line="181"/>
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
        <location filename="../../desktop/controllers/queue.py" line="176"/>
        <source>%n waiting input(s) ran on this computer.</source>
        <translation>
            <numerusform>%n masukan yang menunggu dijalankan di komputer ini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="179"/>
        <source>%n waiting input(s) could not be predicted; the History says why.</source>
        <translation>
            <numerusform>%n masukan yang menunggu tidak bisa diprediksi; Riwayat menjelaskan alasannya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="218"/>
        <source>%n queued input(s) finished on the server.</source>
        <translation>
            <numerusform>%n masukan dari antrean selesai di server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="223"/>
        <source>%n queued input(s) could not be predicted; the History says why.</source>
        <translation>
            <numerusform>%n masukan dari antrean tidak dapat diprediksi; Riwayat menjelaskan sebabnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/queue.py" line="240"/>
        <source>The offline queue stopped sending.</source>
        <translation>Antrean luring berhenti mengirim.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="287"/>
        <location filename="../../desktop/controllers/queue.py" line="298"/>
        <source>Discarded %n input(s).</source>
        <translation>
            <numerusform>%n masukan dibuang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="290"/>
        <source>%n input(s) were being sent just then and were kept.</source>
        <translation>
            <numerusform>%n masukan sedang dikirim saat itu dan tetap disimpan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="30"/>
        <source>Queued</source>
        <translation>Diantrekan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="31"/>
        <source>Input</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="32"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="34"/>
        <source>Last error</source>
        <translation>Galat terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="76"/>
        <source>%1 · row %2</source>
        <translation>%1 · baris %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="88"/>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="90"/>
        <source>Finishing…</source>
        <translation>Menyelesaikan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/tables/queue.py" line="92"/>
        <source>Waiting · tried %n time(s)</source>
        <translation>
            <numerusform>Menunggu · dicoba %n kali</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tables/queue.py" line="93"/>
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
        <location filename="../../desktop/ui/panels/queue_panel.py" line="81"/>
        <source>Offline queue</source>
        <translation>Antrean luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="83"/>
        <source>&amp;Offline Queue</source>
        <translation>Antrean &amp;Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="87"/>
        <source>Show or hide the inputs waiting for the server</source>
        <translation>Tampilkan atau sembunyikan masukan yang menunggu server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="109"/>
        <source>Queue status</source>
        <translation>Status antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="117"/>
        <source>Waiting inputs</source>
        <translation>Masukan yang menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="136"/>
        <source>Nothing is waiting for the server.
When only the server can run an input and it cannot be reached, the input waits here and runs by itself once the server is back.</source>
        <translation>Tidak ada yang menunggu server.
Bila sebuah masukan hanya bisa dijalankan server dan server tidak terjangkau, masukan itu menunggu di sini dan berjalan sendiri begitu server kembali.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="146"/>
        <source>Queue actions</source>
        <translation>Tindakan antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="150"/>
        <source>Retry Now</source>
        <translation>Coba Sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="152"/>
        <source>Try the server now instead of waiting</source>
        <translation>Coba server sekarang tanpa menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="157"/>
        <source>Run Here</source>
        <translation>Jalankan di Sini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="159"/>
        <source>Run the waiting inputs on this computer, with its own copy of their model</source>
        <translation>Jalankan masukan yang menunggu di komputer ini, dengan salinan modelnya sendiri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="164"/>
        <source>Discard…</source>
        <translation>Buang…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="166"/>
        <source>Remove the selected inputs from the queue</source>
        <translation>Keluarkan masukan terpilih dari antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="171"/>
        <source>Clear All…</source>
        <translation>Hapus Semua…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="173"/>
        <source>Remove every waiting input</source>
        <translation>Keluarkan semua masukan yang menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="222"/>
        <source>Everything has been sent.</source>
        <translation>Semuanya sudah terkirim.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="224"/>
        <source>Running the waiting inputs on this computer…</source>
        <translation>Menjalankan masukan yang menunggu di komputer ini…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="227"/>
        <source>No server is set, so these inputs cannot be sent. Run them on this computer (Run Here), or discard them.</source>
        <translation>Tidak ada server yang diatur, jadi masukan ini tidak bisa dikirim. Jalankan di komputer ini (Jalankan di Sini), atau buang.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="232"/>
        <source>Trying the server now…</source>
        <translation>Sedang mencoba server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="254"/>
        <source>Paused: the server refused the credentials (HTTP %1). Correct the token or API key in Settings ▸ Remote; the inputs keep waiting.</source>
        <translation>Dijeda: server menolak kredensialnya (HTTP %1). Perbaiki token atau kunci API di Pengaturan ▸ Jarak Jauh; masukan tetap menunggu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="257"/>
        <source>Paused: %1</source>
        <translation>Dijeda: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="238"/>
        <source>The server cannot be reached. Tepi keeps trying by itself and sends these in order once it answers.</source>
        <translation>Server tidak dapat dijangkau. Tepi terus mencoba sendiri dan mengirim semua ini berurutan begitu server menjawab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/queue_panel.py" line="246"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="277"/>
        <source>They will not be predicted. Your files are not touched.</source>
        <translation>Masukan itu tidak akan diprediksi. Berkas Anda tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="289"/>
        <source>Discard Inputs</source>
        <translation>Buang Masukan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/queue_panel.py" line="290"/>
        <source>Discard %n selected input(s) from the queue?</source>
        <translation>
            <numerusform>Buang %n masukan terpilih dari antrean?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="291"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="300"/>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="302"/>
        <source>Clear Queue</source>
        <translation>Kosongkan Antrean</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/queue_panel.py" line="301"/>
        <source>Discard all %n waiting input(s)?</source>
        <translation>
            <numerusform>Buang semua %n masukan yang menunggu?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="268"/>
        <source>Offline Queue</source>
        <translation>Antrean Luring</translation>
    </message>
</context>
<context>
    <name>QueueStatusButton</name>
    <message>
        <location filename="../../desktop/ui/panels/queue_panel.py" line="50"/>
        <source>Inputs that run when the server answers again; click to see them</source>
        <translation>Masukan yang dijalankan saat server menjawab lagi; klik untuk melihatnya</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/queue_panel.py" line="56"/>
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
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="141"/>
        <source>This computer, and the server when unsure</source>
        <translation>Komputer ini, dan server saat tidak yakin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="146"/>
        <source>Sign-in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="149"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="150"/>
        <source>Bearer token</source>
        <translation>Token Bearer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="151"/>
        <source>Custom header</source>
        <translation>Header khusus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="152"/>
        <source>Sign-in method</source>
        <translation>Cara masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="154"/>
        <source>&amp;Sign in with:</source>
        <translation>Ma&amp;suk dengan:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="156"/>
        <source>Header name</source>
        <translation>Nama header</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="157"/>
        <source>&amp;Header name:</source>
        <translation>Nama &amp;header:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="160"/>
        <source>Token or header value</source>
        <translation>Token atau nilai header</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="161"/>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="270"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="167"/>
        <source>Connection</source>
        <translation>Sambungan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="170"/>
        <source>Connect timeout</source>
        <translation>Batas waktu tersambung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="172"/>
        <source>&amp;Answer within:</source>
        <translation>Ja&amp;wab dalam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="175"/>
        <source>Read timeout</source>
        <translation>Batas waktu jawaban</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="179"/>
        <source>C&amp;onnect within:</source>
        <translation>Tersambung &amp;dalam:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="180"/>
        <source>Verify the server&apos;s TLS &amp;certificate</source>
        <translation>Peri&amp;ksa sertifikat TLS server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="185"/>
        <source>The system&apos;s certificates</source>
        <translation>Sertifikat sistem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="186"/>
        <source>CA bundle file</source>
        <translation>Berkas bundel CA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="188"/>
        <source>Bro&amp;wse…</source>
        <translation>Telusu&amp;ri…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="191"/>
        <source>CA &amp;bundle:</source>
        <translation>&amp;Bundel CA:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="201"/>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="224"/>
        <source>%1 (from the model pack)</source>
        <translation>%1 (dari paket model)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="225"/>
        <source>latest</source>
        <translation>terbaru</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="270"/>
        <source>Va&amp;lue:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="277"/>
        <source>Stored; type to replace it</source>
        <translation>Tersimpan; ketik untuk menggantinya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="284"/>
        <source>No system keyring is available, so the token is kept only until Tepi closes.</source>
        <translation>Keyring sistem tidak tersedia, jadi token hanya disimpan sampai Tepi ditutup.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="298"/>
        <source>Type the server&apos;s address, e.g. http://127.0.0.1:8500.</source>
        <translation>Ketik alamat server, mis. http://127.0.0.1:8500.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="300"/>
        <source>The address must start with http:// or https:// and name a host.</source>
        <translation>Alamat harus diawali http:// atau https:// dan menyebut nama host.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="302"/>
        <source>This file does not exist.</source>
        <translation>Berkas ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="326"/>
        <source>CA Bundle</source>
        <translation>Bundel CA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/remote_page.py" line="328"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="50"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="59"/>
        <source>Picture as the model saw it</source>
        <translation>Gambar seperti yang dilihat model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="85"/>
        <source>Close this result</source>
        <translation>Tutup hasil ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="86"/>
        <source>Close result</source>
        <translation>Tutup hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="99"/>
        <source>Explain</source>
        <translation>Jelaskan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="105"/>
        <location filename="../../desktop/ui/pages/result_view.py" line="106"/>
        <source>Heatmap opacity</source>
        <translation>Keburaman peta panas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="121"/>
        <source>Finding where the model looked…</source>
        <translation>Mencari bagian yang dilihat model…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="143"/>
        <location filename="../../desktop/ui/pages/result_view.py" line="151"/>
        <location filename="../../desktop/ui/pages/result_view.py" line="310"/>
        <location filename="../../desktop/ui/pages/result_view.py" line="322"/>
        <source>Best match</source>
        <translation>Paling cocok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="185"/>
        <source>Model input</source>
        <translation>Masukan model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="230"/>
        <source>server · local was unsure</source>
        <translation>server · komputer ini tidak yakin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="253"/>
        <source>%1 · row %2</source>
        <translation>%1 · baris %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="269"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 piksel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="290"/>
        <source>What the model was given: %1</source>
        <translation>Yang diberikan ke model: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="303"/>
        <source>No answer</source>
        <translation>Tanpa jawaban</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="322"/>
        <source>Not sure</source>
        <translation>Tidak yakin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="328"/>
        <source>%1 or %2?</source>
        <translation>%1 atau %2?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="216"/>
        <source>%1 confident</source>
        <translation>%1 yakin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="225"/>
        <source>Answered remotely</source>
        <translation>Dijawab dari jarak jauh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="225"/>
        <source>Answered on this computer</source>
        <translation>Dijawab di komputer ini</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="234"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="228"/>
        <location filename="../../desktop/ui/pages/result_view.py" line="242"/>
        <source>Fallback: %1</source>
        <translation>Cadangan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="239"/>
        <source>%1 · signed by %2</source>
        <translation>%1 · ditandatangani oleh %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="241"/>
        <source>The model that answered, and who signed it</source>
        <translation>Model yang menjawab, dan siapa yang menandatanganinya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/result_view.py" line="279"/>
        <source>What the model was given: %1 × %2 pixels, after its preprocessing.</source>
        <translation>Yang diberikan ke model: %1 × %2 piksel, setelah prapemrosesannya.</translation>
    </message>
</context>
<context>
    <name>ResultsController</name>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="98"/>
        <source>Skipped %n file(s) that are not images.</source>
        <translation>
            <numerusform>%n berkas yang bukan gambar dilewati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="100"/>
        <source>Skipped %n file(s) that are not CSV files.</source>
        <translation>
            <numerusform>%n berkas yang bukan berkas CSV dilewati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="105"/>
        <source>There was nothing Tepi can predict in what you opened.</source>
        <translation>Tidak ada yang bisa diprediksi Tepi dari yang Anda buka.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="136"/>
        <source>%1 of %n input(s) could not be predicted; the Status column says why.</source>
        <translation>
            <numerusform>%1 dari %n masukan tidak bisa diprediksi; kolom Status menjelaskan alasannya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="142"/>
        <source>%n input(s) wait in the offline queue and run when the endpoint is back.</source>
        <translation>
            <numerusform>%n masukan menunggu di antrean luring dan dijalankan saat endpoint kembali.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="171"/>
        <source>Switch to %1</source>
        <translation>Ganti ke %1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="173"/>
        <source>Switch to %1?</source>
        <translation>Ganti ke %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="190"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="213"/>
        <source>from the history, %1</source>
        <translation>dari riwayat, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="238"/>
        <source>The file is gone; this is what was kept.</source>
        <translation>Berkasnya sudah tidak ada; ini yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="239"/>
        <source>The file has changed since; this is what was kept.</source>
        <translation>Berkasnya sudah berubah sejak itu; ini yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="240"/>
        <source>The file cannot be read now; this is what was kept.</source>
        <translation>Berkasnya tidak bisa dibaca sekarang; ini yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="254"/>
        <source>Export Results</source>
        <translation>Ekspor Hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="254"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="268"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n baris disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/results.py" line="270"/>
        <source>Show in Folder</source>
        <translation>Tampilkan di Folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="293"/>
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
    <name>ShortcutModel</name>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="65"/>
        <source>Menu or panel</source>
        <translation>Menu atau panel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="65"/>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="65"/>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="84"/>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Papan Ketik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/shortcuts.py" line="88"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
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

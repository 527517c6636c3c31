<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/actions.py" line="66"/>
        <source>&amp;Open Files…</source>
        <translation>&amp;Buka Berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="69"/>
        <source>Predict images or CSV files</source>
        <translation>Prediksi gambar atau berkas CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="72"/>
        <source>Open &amp;Folder…</source>
        <translation>Buka &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="75"/>
        <source>Predict every image in a folder</source>
        <translation>Prediksi setiap gambar dalam folder</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="78"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="81"/>
        <source>Predict the image or files on the clipboard</source>
        <translation>Prediksi gambar atau berkas di papan klip</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="84"/>
        <source>Try a &amp;Sample</source>
        <translation>Coba &amp;Contoh</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="87"/>
        <source>Predict one of the bundled samples</source>
        <translation>Prediksi salah satu contoh bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="90"/>
        <source>&amp;Export Results…</source>
        <translation>&amp;Ekspor Hasil…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="93"/>
        <source>Save the batch results as CSV</source>
        <translation>Simpan hasil kumpulan sebagai CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="96"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="96"/>
        <source>Copy the selected results</source>
        <translation>Salin hasil yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="99"/>
        <source>Cancel &amp;Batch</source>
        <translation>Batalkan &amp;Kumpulan</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="102"/>
        <source>Stop the running batch</source>
        <translation>Hentikan kumpulan yang sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="105"/>
        <source>&amp;Close Result</source>
        <translation>&amp;Tutup Hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="108"/>
        <source>Go back to the drop area</source>
        <translation>Kembali ke area seret</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="112"/>
        <source>Open &amp;Model…</source>
        <translation>Buka &amp;Model…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="115"/>
        <source>Use a .tflite, .keras, .h5 or .zip model</source>
        <translation>Gunakan model .tflite, .keras, .h5 atau .zip</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="118"/>
        <source>Open Model F&amp;older…</source>
        <translation>Buka F&amp;older Model…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="121"/>
        <source>Use a model pack, SavedModel or Teachable Machine folder</source>
        <translation>Gunakan folder paket model, SavedModel atau Teachable Machine</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="124"/>
        <source>Model &amp;Info</source>
        <translation>&amp;Info Model</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="127"/>
        <source>Everything Tepi knows about the model</source>
        <translation>Semua yang Tepi ketahui tentang model ini</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="130"/>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="133"/>
        <source>Show or hide the history panel</source>
        <translation>Tampilkan atau sembunyikan panel riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="136"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="139"/>
        <source>Top-k, threads, theme, language, history</source>
        <translation>Top-k, thread, tema, bahasa, riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="142"/>
        <source>Open &amp;Log Folder</source>
        <translation>Buka Folder &amp;Log</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="145"/>
        <source>Where Tepi writes error details</source>
        <translation>Tempat Tepi menulis rincian galat</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="147"/>
        <source>&amp;About Tepi</source>
        <translation>&amp;Tentang Tepi</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="149"/>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="150"/>
        <source>&amp;Bundled Models</source>
        <translation>Model &amp;Bawaan</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="151"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="164"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="170"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="174"/>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="182"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop/widgets/notifications.py" line="65"/>
        <source>Notification</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/notifications.py" line="90"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/notifications.py" line="91"/>
        <source>Dismiss notification</source>
        <translation>Tutup pemberitahuan</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <location filename="../../desktop/models.py" line="72"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="73"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="74"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="75"/>
        <source>Answered by</source>
        <translation>Dijawab oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="76"/>
        <source>Time (ms)</source>
        <translation>Waktu (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="107"/>
        <location filename="../../desktop/models.py" line="134"/>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="140"/>
        <source>%1 · row %2</source>
        <translation>%1 · baris %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="164"/>
        <source>OK (fallback)</source>
        <translation>OK (cadangan)</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="165"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="167"/>
        <source>Queued</source>
        <translation>Menunggu server</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="187"/>
        <source>Fallback: %1</source>
        <translation>Cadangan: %1</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="44"/>
        <source>Batch results</source>
        <translation>Hasil kumpulan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="78"/>
        <source>Batch progress</source>
        <translation>Kemajuan kumpulan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="80"/>
        <source>Cancel</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="82"/>
        <source>Stop the batch; results so far are kept (Esc)</source>
        <translation>Hentikan kumpulan; hasil sejauh ini tetap disimpan (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="90"/>
        <source>Results table</source>
        <translation>Tabel hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="124"/>
        <source>Copy Rows</source>
        <translation>Salin Baris</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="127"/>
        <source>Copy the selected rows (%1)</source>
        <translation>Salin baris yang dipilih (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="134"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="136"/>
        <source>Save these results as a CSV file (Ctrl+E)</source>
        <translation>Simpan hasil ini sebagai berkas CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="163"/>
        <source>%1 and %2 more</source>
        <translation>%1 dan %2 lainnya</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="186"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="194"/>
        <source>Stopped after %1 s</source>
        <translation>Dihentikan setelah %1 detik</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="196"/>
        <source>Finished in %1 s</source>
        <translation>Selesai dalam %1 detik</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="197"/>
        <source>%1 predicted</source>
        <translation>%1 diprediksi</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="199"/>
        <source>%1 could not be read</source>
        <translation>%1 tidak bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="201"/>
        <source>%1 waiting in the offline queue</source>
        <translation>%1 menunggu di antrean luring</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="202"/>
        <source>Waiting for the first result…</source>
        <translation>Menunggu hasil pertama…</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="209"/>
        <source>less than a second left</source>
        <translation>kurang dari satu detik lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="211"/>
        <source>about %1 s left</source>
        <translation>sekitar %1 detik lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/batch_view.py" line="212"/>
        <source>about %1 min left</source>
        <translation>sekitar %1 menit lagi</translation>
    </message>
</context>
<context>
    <name>ConfidenceBars</name>
    <message>
        <location filename="../../desktop/widgets/confidence.py" line="27"/>
        <source>Confidence for each label</source>
        <translation>Keyakinan untuk setiap label</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../desktop/connection.py" line="106"/>
        <source>%1 version %2</source>
        <translation>%1 versi %2</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="113"/>
        <source>Ready: the server at %1 runs %2.</source>
        <translation>Siap: server di %1 menjalankan %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="116"/>
        <source>Not ready: the server at %1 answers, but %2 is still starting up.</source>
        <translation>Belum siap: server di %1 menjawab, tetapi %2 masih dimulai.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="120"/>
        <source>Refused (HTTP %3): the server at %1 does not accept the token or header.</source>
        <translation>Ditolak (HTTP %3): server di %1 tidak menerima token atau header-nya.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="125"/>
        <source>The server at %1 answers, but does not serve the model %2.</source>
        <translation>Server di %1 menjawab, tetapi tidak menyediakan model %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/connection.py" line="128"/>
        <source>Unreachable: nothing answers at %1. Check the URL and the network.</source>
        <translation>Tidak terjangkau: tidak ada yang menjawab di %1. Periksa URL dan jaringannya.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop/widgets/drop_zone.py" line="27"/>
        <source>Drop area</source>
        <translation>Area seret</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/drop_zone.py" line="54"/>
        <location filename="../../desktop/widgets/drop_zone.py" line="87"/>
        <source>Open Files…</source>
        <translation>Buka Berkas…</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/drop_zone.py" line="55"/>
        <source>Open Folder…</source>
        <translation>Buka Folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/drop_zone.py" line="56"/>
        <source>Try a Sample</source>
        <translation>Coba Contoh</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/drop_zone.py" line="79"/>
        <source>Drop a CSV file here</source>
        <translation>Seret berkas CSV ke sini</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/drop_zone.py" line="80"/>
        <source>Each row is predicted; the export keeps your columns.</source>
        <translation>Setiap baris diprediksi; hasil ekspor mempertahankan kolom Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/drop_zone.py" line="82"/>
        <source>Drop images, folders or a CSV file here</source>
        <translation>Seret gambar, folder, atau berkas CSV ke sini</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/drop_zone.py" line="86"/>
        <source>or paste an image with %1</source>
        <translation>atau tempel gambar dengan %1</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/drop_zone.py" line="87"/>
        <source>Open CSV…</source>
        <translation>Buka CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/drop_zone.py" line="92"/>
        <source>This model has no bundled sample; drop one of your own files.</source>
        <translation>Model ini tidak punya contoh bawaan; seret salah satu berkas Anda sendiri.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/models.py" line="211"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="208"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="209"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="210"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="212"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/models.py" line="273"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="101"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="130"/>
        <source>Search file names, labels, models</source>
        <translation>Cari nama berkas, label, model</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="133"/>
        <source>Search history</source>
        <translation>Cari di riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="141"/>
        <source>Filter by label</source>
        <translation>Saring menurut label</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="143"/>
        <source>Filter by model</source>
        <translation>Saring menurut model</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="145"/>
        <source>Filter by date</source>
        <translation>Saring menurut tanggal</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="147"/>
        <source>Any time</source>
        <translation>Kapan saja</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="148"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="149"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="150"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="151"/>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="154"/>
        <location filename="../../desktop/widgets/history_panel.py" line="308"/>
        <source>All labels</source>
        <translation>Semua label</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="155"/>
        <location filename="../../desktop/widgets/history_panel.py" line="309"/>
        <source>All models</source>
        <translation>Semua model</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="166"/>
        <source>History entries</source>
        <translation>Entri riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="213"/>
        <source>History actions</source>
        <translation>Tindakan riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="215"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="215"/>
        <source>Show the selected entry</source>
        <translation>Tampilkan entri yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="219"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="221"/>
        <source>Save the entries shown as a CSV file</source>
        <translation>Simpan entri yang ditampilkan sebagai berkas CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="226"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="228"/>
        <source>Delete the selected entries</source>
        <translation>Hapus entri yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="233"/>
        <source>Clear All…</source>
        <translation>Hapus Semua…</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="235"/>
        <source>Delete the whole history</source>
        <translation>Hapus seluruh riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="328"/>
        <source>History is off. Turn it on in Settings to keep your results here.</source>
        <translation>Riwayat sedang mati. Nyalakan di Pengaturan agar hasil Anda tersimpan di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="330"/>
        <source>No predictions yet.
Every result you get is kept here.</source>
        <translation>Belum ada prediksi.
Setiap hasil yang Anda dapat disimpan di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="332"/>
        <source>Nothing matches these filters.</source>
        <translation>Tidak ada yang cocok dengan saringan ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="336"/>
        <source>Showing the newest %1 of %2</source>
        <translation>Menampilkan %1 terbaru dari %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/history_panel.py" line="341"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/history_panel.py" line="371"/>
        <source>Deleted %Ln entries.</source>
        <translation>
            <numerusform>%Ln entri dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="378"/>
        <location filename="../../desktop/widgets/history_panel.py" line="384"/>
        <source>Clear History</source>
        <translation>Hapus Riwayat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/history_panel.py" line="379"/>
        <source>Delete all %Ln entries of the history?</source>
        <translation>
            <numerusform>Hapus semua %Ln entri riwayat?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="383"/>
        <source>This cannot be undone. Exported CSV files are not affected.</source>
        <translation>Ini tidak bisa dibatalkan. Berkas CSV yang sudah diekspor tidak terpengaruh.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="400"/>
        <source>The history is empty now.</source>
        <translation>Riwayat sekarang kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="405"/>
        <source>tepi-history-%1.csv</source>
        <translation>riwayat-tepi-%1.csv</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="407"/>
        <source>Export History</source>
        <translation>Ekspor Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/history_panel.py" line="407"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/history_panel.py" line="420"/>
        <source>Saved %Ln entries to %1.</source>
        <translation>
            <numerusform>%Ln entri disimpan ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="86"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="111"/>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="112"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <location filename="../../desktop/main_window.py" line="291"/>
        <source>Open Log Folder</source>
        <translation>Buka Folder Log</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="180"/>
        <source>Loading model %1…</source>
        <translation>Memuat model %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="185"/>
        <source>Ready · %1 %2 · %3</source>
        <translation>Siap · %1 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="198"/>
        <source>Tepi could not open the model %1.</source>
        <translation>Tepi tidak bisa membuka model %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="202"/>
        <source>No model loaded · use Model ▸ Open Model…</source>
        <translation>Belum ada model · gunakan Model ▸ Buka Model…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="215"/>
        <source>Skipped %n file(s) that are not images.</source>
        <translation>
            <numerusform>%n berkas yang bukan gambar dilewati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="217"/>
        <source>Skipped %n file(s) that are not CSV files.</source>
        <translation>
            <numerusform>%n berkas yang bukan berkas CSV dilewati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="222"/>
        <source>There was nothing Tepi can predict in what you opened.</source>
        <translation>Tidak ada yang bisa diprediksi Tepi dari yang Anda buka.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="224"/>
        <source>Working…</source>
        <translation>Sedang bekerja…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="249"/>
        <source>%1 of %n input(s) could not be predicted; the Status column says why.</source>
        <translation>
            <numerusform>%1 dari %n masukan tidak bisa diprediksi; kolom Status menjelaskan alasannya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/main_window.py" line="258"/>
        <source>%n input(s) wait in the offline queue and run when the endpoint is back.</source>
        <translation>
            <numerusform>%n masukan menunggu di antrean luring dan dijalankan saat endpoint kembali.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/messages.py" line="26"/>
        <source>the file is empty</source>
        <translation>berkasnya kosong</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="27"/>
        <source>its contents are not in an image format Tepi knows</source>
        <translation>isinya bukan format gambar yang dikenal Tepi</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="30"/>
        <source>it is too large to decode safely</source>
        <translation>terlalu besar untuk dibuka dengan aman</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="31"/>
        <source>the file is cut short</source>
        <translation>berkasnya terpotong</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="32"/>
        <source>the file is damaged</source>
        <translation>berkasnya rusak</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="33"/>
        <source>the file does not exist</source>
        <translation>berkasnya tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="34"/>
        <source>it is a folder</source>
        <translation>itu sebuah folder</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="35"/>
        <source>Tepi is not allowed to read it</source>
        <translation>Tepi tidak diizinkan membacanya</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="40"/>
        <source>the file cannot be read (%1)</source>
        <translation>berkasnya tidak bisa dibaca (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="42"/>
        <source>the file is %1 MB, larger than Tepi accepts</source>
        <translation>berkasnya %1 MB, lebih besar dari yang diterima Tepi</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="44"/>
        <source>it has %1 megapixels, more than the %2 megapixel limit</source>
        <translation>berukuran %1 megapiksel, melebihi batas %2 megapiksel</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="51"/>
        <source>the cell is empty</source>
        <translation>selnya kosong</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="53"/>
        <source>%1 is not a finite number</source>
        <translation>%1 bukan bilangan terhingga</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="55"/>
        <source>%1 is not a number</source>
        <translation>%1 bukan angka</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="69"/>
        <source>%1 is not an image Tepi can read: %2.</source>
        <translation>%1 bukan gambar yang bisa dibaca Tepi: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="77"/>
        <source>%1 is an image, but %2 takes CSV rows.</source>
        <translation>%1 adalah gambar, tetapi %2 menerima baris CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="82"/>
        <source>%1 takes CSV rows, not images.</source>
        <translation>%1 menerima baris CSV, bukan gambar.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="87"/>
        <source>%1 is a CSV file, but %2 takes images.</source>
        <translation>%1 adalah berkas CSV, tetapi %2 menerima gambar.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="93"/>
        <source>%1 row %2, column %3: %4.</source>
        <translation>%1 baris %2, kolom %3: %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="103"/>
        <source>%1 is missing the column(s) %2 (row 1 is the header).</source>
        <translation>%1 tidak memiliki kolom %2 (baris 1 adalah judul kolom).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="110"/>
        <source>%1 has a header but no data rows.</source>
        <translation>%1 punya judul kolom tetapi tidak punya baris data.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="115"/>
        <source>%1 is not UTF-8 text, so Tepi cannot read it as CSV.</source>
        <translation>%1 bukan teks UTF-8, jadi Tepi tidak bisa membacanya sebagai CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="120"/>
        <source>%1 is empty.</source>
        <translation>%1 kosong.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="125"/>
        <source>%1 is not a model file Tepi knows; use .tflite, .keras, .h5, a SavedModel folder or a Teachable Machine export.</source>
        <translation>%1 bukan berkas model yang dikenal Tepi; gunakan .tflite, .keras, .h5, folder SavedModel, atau ekspor Teachable Machine.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="136"/>
        <source>%1 does not exist and is not a bundled model (%2).</source>
        <translation>%1 tidak ada dan bukan model bawaan (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="142"/>
        <source>%1 in model pack %2 has been changed or damaged (its SHA-256 does not match the manifest), so Tepi will not load it.</source>
        <translation>%1 dalam paket model %2 telah diubah atau rusak (SHA-256-nya tidak cocok dengan manifes), jadi Tepi tidak akan memuatnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="157"/>
        <source>connection refused</source>
        <translation>sambungan ditolak</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="158"/>
        <source>the connection broke off mid-answer</source>
        <translation>sambungan terputus di tengah jawaban</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="159"/>
        <source>the host name is unknown</source>
        <translation>nama host tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="160"/>
        <source>no answer after retries</source>
        <translation>tidak ada jawaban setelah dicoba ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="161"/>
        <source>network error</source>
        <translation>galat jaringan</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="172"/>
        <source>The remote endpoint %1 cannot be reached (%2).</source>
        <translation>Endpoint jarak jauh %1 tidak dapat dijangkau (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="180"/>
        <source>The remote endpoint %1 could not be reached within %2 s.</source>
        <translation>Endpoint jarak jauh %1 tidak dapat dijangkau dalam %2 detik.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="188"/>
        <source>The remote endpoint %1 did not answer within %2 s.</source>
        <translation>Endpoint jarak jauh %1 tidak menjawab dalam %2 detik.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="194"/>
        <source>Waiting in the offline queue (item %1) until the endpoint answers: %2</source>
        <translation>Menunggu di antrean luring (butir %1) sampai endpoint menjawab: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="218"/>
        <source>Tepi ran out of memory. Try fewer or smaller files at a time.</source>
        <translation>Memori Tepi habis. Coba lebih sedikit atau lebih kecil berkas sekaligus.</translation>
    </message>
    <message>
        <location filename="../../desktop/messages.py" line="223"/>
        <source>Something went wrong inside Tepi. What you were doing was not finished; details are in the log file (Help ▸ Open Log Folder).</source>
        <translation>Terjadi kesalahan di dalam Tepi. Yang sedang Anda kerjakan belum selesai; rinciannya ada di berkas log (Bantuan ▸ Buka Folder Log).</translation>
    </message>
</context>
<context>
    <name>ModelInfoDialog</name>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="166"/>
        <source>Model Info: %1</source>
        <translation>Info Model: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="173"/>
        <source>Model summary</source>
        <translation>Ringkasan model</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="174"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="179"/>
        <source>Model details as text</source>
        <translation>Rincian model sebagai teks</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="180"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="183"/>
        <source>Copy Details</source>
        <translation>Salin Rincian</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="200"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="201"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="202"/>
        <source>Found as</source>
        <translation>Ditemukan sebagai</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="205"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="207"/>
        <source>Runs on</source>
        <translation>Berjalan di</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="210"/>
        <source>Input</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="214"/>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="217"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="220"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="221"/>
        <source>Placement</source>
        <translation>Penempatan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="224"/>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="224"/>
        <source>(none: class numbers are shown)</source>
        <translation>(tidak ada: nomor kelas yang ditampilkan)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="228"/>
        <source>Preprocessing</source>
        <translation>Prapemrosesan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="229"/>
        <source>Output kind</source>
        <translation>Jenis keluaran</translation>
    </message>
</context>
<context>
    <name>NotificationArea</name>
    <message>
        <location filename="../../desktop/widgets/notifications.py" line="134"/>
        <source>Notifications</source>
        <translation>Pemberitahuan</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <location filename="../../desktop/offline_queue.py" line="71"/>
        <source>Offline Queue</source>
        <translation>Antrean Luring</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_queue.py" line="173"/>
        <source>%n queued input(s) finished on the server.</source>
        <translation>
            <numerusform>%n masukan dari antrean selesai di server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/offline_queue.py" line="179"/>
        <source>%n queued input(s) could not be predicted; the History says why.</source>
        <translation>
            <numerusform>%n masukan dari antrean tidak dapat diprediksi; Riwayat menjelaskan sebabnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/offline_queue.py" line="189"/>
        <source>The offline queue stopped sending.</source>
        <translation>Antrean luring berhenti mengirim.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/queue_model.py" line="40"/>
        <source>Queued</source>
        <translation>Diantrekan</translation>
    </message>
    <message>
        <location filename="../../desktop/queue_model.py" line="41"/>
        <source>Input</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <location filename="../../desktop/queue_model.py" line="42"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/queue_model.py" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/queue_model.py" line="44"/>
        <source>Last error</source>
        <translation>Galat terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/queue_model.py" line="98"/>
        <source>%1 · row %2</source>
        <translation>%1 · baris %2</translation>
    </message>
    <message>
        <location filename="../../desktop/queue_model.py" line="110"/>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <location filename="../../desktop/queue_model.py" line="112"/>
        <source>Finishing…</source>
        <translation>Menyelesaikan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/queue_model.py" line="114"/>
        <source>Waiting · tried %n time(s)</source>
        <translation>
            <numerusform>Menunggu · dicoba %n kali</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/queue_model.py" line="115"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/queue_model.py" line="126"/>
        <source>Unreachable: %1</source>
        <translation>Tidak terjangkau: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/queue_model.py" line="128"/>
        <source>No answer within %1 s</source>
        <translation>Tidak ada jawaban dalam %1 detik</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="70"/>
        <source>Offline queue</source>
        <translation>Antrean luring</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="72"/>
        <source>&amp;Offline Queue</source>
        <translation>Antrean &amp;Luring</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="76"/>
        <source>Show or hide the inputs waiting for the server</source>
        <translation>Tampilkan atau sembunyikan masukan yang menunggu server</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="99"/>
        <source>Queue status</source>
        <translation>Status antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="106"/>
        <source>Waiting inputs</source>
        <translation>Masukan yang menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="135"/>
        <source>Nothing is waiting for the server.
When only the server can run an input and it cannot be reached, the input waits here and runs by itself once the server is back.</source>
        <translation>Tidak ada yang menunggu server.
Bila sebuah masukan hanya bisa dijalankan server dan server tidak terjangkau, masukan itu menunggu di sini dan berjalan sendiri begitu server kembali.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="152"/>
        <source>Queue actions</source>
        <translation>Tindakan antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="154"/>
        <source>Retry Now</source>
        <translation>Coba Sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="155"/>
        <source>Try the server now instead of waiting</source>
        <translation>Coba server sekarang tanpa menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="158"/>
        <source>Discard…</source>
        <translation>Buang…</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="159"/>
        <source>Remove the selected inputs from the queue</source>
        <translation>Keluarkan masukan terpilih dari antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="162"/>
        <source>Clear All…</source>
        <translation>Hapus Semua…</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="163"/>
        <source>Remove every waiting input</source>
        <translation>Keluarkan semua masukan yang menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="204"/>
        <source>Everything has been sent.</source>
        <translation>Semuanya sudah terkirim.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="206"/>
        <source>Trying the server now…</source>
        <translation>Sedang mencoba server…</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="212"/>
        <source>Paused: %1</source>
        <translation>Dijeda: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="216"/>
        <source>The server cannot be reached. Tepi keeps trying by itself and sends these in order once it answers.</source>
        <translation>Server tidak dapat dijangkau. Tepi terus mencoba sendiri dan mengirim semua ini berurutan begitu server menjawab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/queue_panel.py" line="223"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="248"/>
        <source>They will not be predicted. Your files are not touched.</source>
        <translation>Masukan itu tidak akan diprediksi. Berkas Anda tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="260"/>
        <source>Discard Inputs</source>
        <translation>Buang Masukan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/queue_panel.py" line="261"/>
        <source>Discard %n selected input(s) from the queue?</source>
        <translation>
            <numerusform>Buang %n masukan terpilih dari antrean?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="262"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/queue_panel.py" line="270"/>
        <location filename="../../desktop/widgets/queue_panel.py" line="286"/>
        <source>Discarded %n input(s).</source>
        <translation>
            <numerusform>%n masukan dibuang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/queue_panel.py" line="272"/>
        <source>%n input(s) were being sent just then and were kept.</source>
        <translation>
            <numerusform>%n masukan sedang dikirim saat itu dan tetap disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="277"/>
        <location filename="../../desktop/widgets/queue_panel.py" line="279"/>
        <source>Clear Queue</source>
        <translation>Kosongkan Antrean</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/queue_panel.py" line="278"/>
        <source>Discard all %n waiting input(s)?</source>
        <translation>
            <numerusform>Buang semua %n masukan yang menunggu?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueStatusButton</name>
    <message>
        <location filename="../../desktop/widgets/queue_panel.py" line="53"/>
        <source>Inputs that run when the server answers again; click to see them</source>
        <translation>Masukan yang dijalankan saat server menjawab lagi; klik untuk melihatnya</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/widgets/queue_panel.py" line="59"/>
        <source>%n waiting for the server</source>
        <translation>
            <numerusform>%n menunggu server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteController</name>
    <message>
        <location filename="../../desktop/remote.py" line="131"/>
        <source>No system keyring could keep the token, so Tepi keeps it only until it closes. You will be asked again next time.</source>
        <translation>Tidak ada keyring sistem yang bisa menyimpan token, jadi Tepi menyimpannya hanya sampai ditutup. Lain kali Anda akan diminta lagi.</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="53"/>
        <source>Remote</source>
        <translation>Jarak Jauh</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="97"/>
        <source>Use a remote &amp;endpoint</source>
        <translation>Gunakan &amp;endpoint jarak jauh</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="102"/>
        <source>Server URL</source>
        <translation>URL server</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="103"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL server:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="107"/>
        <source>Open Inference Protocol v2 (KServe, Triton)</source>
        <translation>Open Inference Protocol v2 (KServe, Triton)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="108"/>
        <source>TensorFlow Serving REST</source>
        <translation>TensorFlow Serving REST</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="109"/>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="110"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokol:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="113"/>
        <source>Model name on the server</source>
        <translation>Nama model di server</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="115"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versi:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="118"/>
        <source>Model version on the server</source>
        <translation>Versi model di server</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="121"/>
        <source>&amp;Model name:</source>
        <translation>Nama &amp;model:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="124"/>
        <source>Only on this computer</source>
        <translation>Hanya di komputer ini</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="125"/>
        <source>This computer first, the server if that fails</source>
        <translation>Komputer ini dulu, server bila gagal</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="126"/>
        <source>The server first, this computer if it fails</source>
        <translation>Server dulu, komputer ini bila gagal</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="127"/>
        <source>Only on the server (wait in the queue while it is away)</source>
        <translation>Hanya di server (menunggu di antrean selama server tidak ada)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="130"/>
        <source>Where models run</source>
        <translation>Tempat model berjalan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="131"/>
        <source>&amp;Run models:</source>
        <translation>&amp;Jalankan model:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="135"/>
        <source>Sign-in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="138"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="139"/>
        <source>Bearer token</source>
        <translation>Token Bearer</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="140"/>
        <source>Custom header</source>
        <translation>Header khusus</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="141"/>
        <source>Sign-in method</source>
        <translation>Cara masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="143"/>
        <source>&amp;Sign in with:</source>
        <translation>Ma&amp;suk dengan:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="145"/>
        <source>Header name</source>
        <translation>Nama header</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="146"/>
        <source>&amp;Header name:</source>
        <translation>Nama &amp;header:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="149"/>
        <source>Token or header value</source>
        <translation>Token atau nilai header</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="150"/>
        <location filename="../../desktop/widgets/remote_page.py" line="277"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="156"/>
        <source>Connection</source>
        <translation>Sambungan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="159"/>
        <source>Connect timeout</source>
        <translation>Batas waktu tersambung</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="161"/>
        <source>&amp;Answer within:</source>
        <translation>Ja&amp;wab dalam:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="164"/>
        <source>Read timeout</source>
        <translation>Batas waktu jawaban</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="168"/>
        <source>C&amp;onnect within:</source>
        <translation>Tersambung &amp;dalam:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="169"/>
        <source>Verify the server&apos;s TLS &amp;certificate</source>
        <translation>Peri&amp;ksa sertifikat TLS server</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="174"/>
        <source>The system&apos;s certificates</source>
        <translation>Sertifikat sistem</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="175"/>
        <source>CA bundle file</source>
        <translation>Berkas bundel CA</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="177"/>
        <source>Bro&amp;wse…</source>
        <translation>Telusu&amp;ri…</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="180"/>
        <source>CA &amp;bundle:</source>
        <translation>&amp;Bundel CA:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="188"/>
        <source>Test Co&amp;nnection</source>
        <translation>Uj&amp;i Sambungan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="198"/>
        <source>Connection test result</source>
        <translation>Hasil uji sambungan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="207"/>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="230"/>
        <source>%1 (from the model pack)</source>
        <translation>%1 (dari paket model)</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="231"/>
        <source>latest</source>
        <translation>terbaru</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="277"/>
        <source>Va&amp;lue:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="283"/>
        <source>Stored; type to replace it</source>
        <translation>Tersimpan; ketik untuk menggantinya</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="290"/>
        <source>No system keyring is available, so the token is kept only until Tepi closes.</source>
        <translation>Keyring sistem tidak tersedia, jadi token hanya disimpan sampai Tepi ditutup.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="304"/>
        <source>Type the server&apos;s address, e.g. http://127.0.0.1:8500.</source>
        <translation>Ketik alamat server, mis. http://127.0.0.1:8500.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="306"/>
        <source>The address must start with http:// or https:// and name a host.</source>
        <translation>Alamat harus diawali http:// atau https:// dan menyebut nama host.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="308"/>
        <source>This file does not exist.</source>
        <translation>Berkas ini tidak ada.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="323"/>
        <source>Trying %1…</source>
        <translation>Mencoba %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="345"/>
        <source>CA Bundle</source>
        <translation>Bundel CA</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/remote_page.py" line="347"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="181"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="190"/>
        <source>Picture as the model saw it</source>
        <translation>Gambar seperti yang dilihat model</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="212"/>
        <source>Close this result</source>
        <translation>Tutup hasil ini</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="213"/>
        <source>Close result</source>
        <translation>Tutup hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="230"/>
        <location filename="../../desktop/widgets/result_view.py" line="238"/>
        <source>Best match</source>
        <translation>Paling cocok</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="271"/>
        <source>Model input</source>
        <translation>Masukan model</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="294"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 piksel</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="301"/>
        <source>%1 confident</source>
        <translation>%1 yakin</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="309"/>
        <source>Answered remotely</source>
        <translation>Dijawab dari jarak jauh</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="309"/>
        <source>Answered on this computer</source>
        <translation>Dijawab di komputer ini</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="314"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="311"/>
        <location filename="../../desktop/widgets/result_view.py" line="318"/>
        <source>Fallback: %1</source>
        <translation>Cadangan: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/result_view.py" line="325"/>
        <source>What the model was given: %1 × %2 pixels, after its preprocessing.</source>
        <translation>Yang diberikan ke model: %1 × %2 piksel, setelah prapemrosesannya.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="41"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="57"/>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="92"/>
        <source>Predictions</source>
        <translation>Prediksi</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="96"/>
        <source>Labels to show</source>
        <translation>Label yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="97"/>
        <source>&amp;Labels to show:</source>
        <translation>&amp;Label yang ditampilkan:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="100"/>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="102"/>
        <source>CPU threads</source>
        <translation>Thread CPU</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="103"/>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Thread CPU:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="107"/>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="110"/>
        <location filename="../../desktop/widgets/dialogs.py" line="119"/>
        <source>Same as the system</source>
        <translation>Sama seperti sistem</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="111"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="112"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="116"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="117"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="123"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="124"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="125"/>
        <source>A new language is used from the next start of Tepi.</source>
        <translation>Bahasa baru dipakai mulai Tepi dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="132"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="133"/>
        <source>&amp;Keep a history of predictions</source>
        <translation>&amp;Simpan riwayat prediksi</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="139"/>
        <source>Forever</source>
        <translation>Selamanya</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="140"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="142"/>
        <source>Keep entries for</source>
        <translation>Simpan entri selama</translation>
    </message>
    <message>
        <location filename="../../desktop/widgets/dialogs.py" line="145"/>
        <source>Keep &amp;entries for:</source>
        <translation>Simpan entri sela&amp;ma:</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../desktop/window_commands.py" line="93"/>
        <source>pasted image</source>
        <translation>gambar tempelan</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="101"/>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Berkas CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="101"/>
        <location filename="../../desktop/window_commands.py" line="103"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="103"/>
        <source>Images and CSV files (%1 *.csv)</source>
        <translation>Gambar dan berkas CSV (%1 *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="105"/>
        <source>Open Files</source>
        <translation>Buka Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="109"/>
        <source>Open Folder</source>
        <translation>Buka Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="115"/>
        <source>The clipboard holds no image and no file paths.</source>
        <translation>Papan klip tidak berisi gambar maupun jalur berkas.</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="121"/>
        <source>This model has no bundled sample; drop one of your own files.</source>
        <translation>Model ini tidak punya contoh bawaan; seret salah satu berkas Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="131"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="147"/>
        <source>Export Results</source>
        <translation>Ekspor Hasil</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="147"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window_commands.py" line="161"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n baris disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="163"/>
        <source>Show in Folder</source>
        <translation>Tampilkan di Folder</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="187"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="188"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="189"/>
        <source>Confidence</source>
        <translation>Keyakinan</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="190"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="191"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window_commands.py" line="211"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n baris disalin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="225"/>
        <source>from the history, %1</source>
        <translation>dari riwayat, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="232"/>
        <source>Open Model</source>
        <translation>Buka Model</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="232"/>
        <source>Models (%1)</source>
        <translation>Model (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="238"/>
        <source>Open Model Folder</source>
        <translation>Buka Folder Model</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="246"/>
        <source>%1 is a model. Switch to it?</source>
        <translation>%1 adalah model. Beralih ke model ini?</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="247"/>
        <source>Switch Model</source>
        <translation>Ganti Model</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="281"/>
        <source>No recent models</source>
        <translation>Tidak ada model terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="284"/>
        <source>Clear Menu</source>
        <translation>Kosongkan Menu</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="301"/>
        <source>Reading the model…</source>
        <translation>Membaca model…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="334"/>
        <source>Tepi will use the new language from its next start.</source>
        <translation>Tepi akan memakai bahasa baru saat dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="351"/>
        <source>About Tepi</source>
        <translation>Tentang Tepi</translation>
    </message>
    <message>
        <location filename="../../desktop/window_commands.py" line="353"/>
        <source>&lt;h3&gt;Tepi %1&lt;/h3&gt;&lt;p&gt;Runs trained TensorFlow and LiteRT models on this computer, offline and fast, with a remote endpoint as a fallback.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tepi %1&lt;/h3&gt;&lt;p&gt;Menjalankan model TensorFlow dan LiteRT yang sudah dilatih di komputer ini, tanpa internet dan cepat, dengan endpoint jarak jauh sebagai cadangan.&lt;/p&gt;&lt;p&gt;Berlisensi Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
</TS>

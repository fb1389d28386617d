<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="47"/>
        <source>Admin pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="48"/>
        <source>Admin mengelola pengguna, cadangan dan pengaturan.</source>
        <translation>The administrator manages users, backups and settings.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="56"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="57"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="58"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="59"/>
        <source>Ulangi PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="62"/>
        <source>PIN minimal 6 angka, atau kata sandi minimal 8 karakter.</source>
        <translation>A PIN has at least 6 digits; a password at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="74"/>
        <source>Kedua PIN tidak sama.</source>
        <translation>The two PINs do not match.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="38"/>
        <source>Terjadi kesalahan tak terduga:
{error}</source>
        <translation>An unexpected error occurred:
{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="53"/>
        <location filename="../../app/ui/application.py" line="57"/>
        <source>Kopdes tidak bisa dibuka</source>
        <translation>Kopdes cannot start</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="58"/>
        <source>Basis data tidak bisa dibuka:
{error}</source>
        <translation>The database cannot be opened:
{error}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="25"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="26"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="27"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="28"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="29"/>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="30"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="37"/>
        <source>Periksa rantai</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="38"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="43"/>
        <source>Setiap catatan memuat sidik (hash) catatan sebelumnya; mengubah atau menghapus satu catatan memutus rantai.</source>
        <translation>Every entry carries the hash of the entry before it; changing or deleting one entry breaks the chain.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="49"/>
        <source>Log Audit</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="65"/>
        <source>Memeriksa rantai audit…</source>
        <translation>Verifying the audit chain…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="72"/>
        <source>Rantai audit utuh: {n} catatan diperiksa.</source>
        <translation>Audit chain intact: {n} entries verified.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audit_page.py" line="75"/>
        <source>Rantai audit RUSAK pada catatan {seq}: {reason}. {n} catatan sebelumnya utuh.</source>
        <translation>Audit chain BROKEN at entry {seq}: {reason}. The {n} entries before it are intact.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="31"/>
        <source>Basis data ini berada di server PostgreSQL ({label}). Cadangkan dengan pg_dump di server (mis. terjadwal setiap malam) dan pulihkan dengan pg_restore; tombol cadangan di sini hanya untuk basis data SQLite.</source>
        <translation>This database lives on a PostgreSQL server ({label}). Back it up with pg_dump on the server (e.g. scheduled every night) and restore with pg_restore; the backup buttons here are for SQLite databases only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="38"/>
        <source>Folder cadangan: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="40"/>
        <source>Buat cadangan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="41"/>
        <source>Pulihkan cadangan terpilih…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="42"/>
        <source>Pulihkan dari berkas lain…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="48"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="49"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="50"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="61"/>
        <source>Cadangan otomatis dibuat setiap hari dan saat aplikasi ditutup. Salin folder ini ke flashdisk secara berkala.</source>
        <translation>Automatic backups are made every day and when the application closes. Copy this folder to a USB drive regularly.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="74"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="87"/>
        <source>Membuat cadangan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="93"/>
        <source>Cadangan dibuat: {name} ({size}).</source>
        <translation>Backup made: {name} ({size}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="110"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="111"/>
        <source>Cadangan Kopdes (*.sqlite3);;Semua berkas (*)</source>
        <translation>Kopdes backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="117"/>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="118"/>
        <source>Pulihkan basis data dari {name}?

Basis data yang sekarang tidak dihapus: ia disimpan sebagai salinan (replaced-….sqlite3) di folder cadangan sebelum diganti. Setelah pemulihan semua pengguna harus masuk lagi.</source>
        <translation>Restore the database from {name}?

The current database is not deleted: it is kept as a copy (replaced-….sqlite3) in the backup folder before it is replaced. After the restore every user must log in again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="121"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="124"/>
        <source>Memulihkan dari {name}…</source>
        <translation>Restoring from {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="133"/>
        <source>Pemulihan selesai</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_backup_tab.py" line="134"/>
        <source>Basis data dipulihkan dari {name}. Basis data sebelumnya disimpan sebagai {kept}.

Silakan masuk lagi.</source>
        <translation>The database was restored from {name}. The previous database was kept as {kept}.

Please log in again.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../app/ui/widgets.py" line="22"/>
        <source>Terjadi kesalahan tak terduga: {error}</source>
        <translation>An unexpected error occurred: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="59"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets.py" line="72"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DisplayTab</name>
    <message>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="28"/>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="30"/>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="29"/>
        <source> kali</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="31"/>
        <source> berkas</source>
        <translation> files</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="34"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="35"/>
        <source>Perubahan bahasa berlaku setelah aplikasi dibuka ulang.</source>
        <translation>A language change takes effect when the application is restarted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="36"/>
        <source>Kunci layar setelah tidak dipakai</source>
        <translation>Lock the screen when idle for</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="37"/>
        <source>Batas salah PIN sebelum akun dikunci</source>
        <translation>Wrong PINs allowed before the account locks</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="38"/>
        <source>Lama akun dikunci</source>
        <translation>Account lock duration</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="39"/>
        <source>Jumlah cadangan otomatis yang disimpan</source>
        <translation>Automatic backups to keep</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="40"/>
        <source>Kunci layar berlaku mulai masuk berikutnya.</source>
        <translation>The idle lock time applies from the next login.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="42"/>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_display_tab.py" line="78"/>
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="34"/>
        <source>Profil koperasi</source>
        <translation>Cooperative profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="41"/>
        <source>Hari usaha</source>
        <translation>Business day</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="49"/>
        <source>Ringkasan buku</source>
        <translation>Books at a glance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="72"/>
        <source>Selamat datang, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="76"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="76"/>
        <source>NIB</source>
        <translation>NIB (business ID)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="77"/>
        <source>Badan hukum</source>
        <translation>Legal entity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="77"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="78"/>
        <source>Desa/Kelurahan</source>
        <translation>Village/Ward</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="78"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="79"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="79"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="80"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="80"/>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="87"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="106"/>
        <source>Total debit</source>
        <translation>Total debit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="107"/>
        <source>Total kredit</source>
        <translation>Total credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="110"/>
        <source>Neraca saldo per {day}: {state}.</source>
        <translation>Trial balance as of {day}: {state}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="111"/>
        <source>seimbang</source>
        <translation>balanced</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="111"/>
        <source>TIDAK seimbang</source>
        <translation>NOT balanced</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="62"/>
        <source>Jurnal baru</source>
        <translation>New journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="71"/>
        <source>mis. Bayar token listrik gerai</source>
        <translation>e.g. Electricity token for the outlet</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="74"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="75"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="79"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="79"/>
        <source>Keterangan baris</source>
        <translation>Line description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="79"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="80"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="100"/>
        <source>Tambah baris</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="112"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="113"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="137"/>
        <source>— pilih akun —</source>
        <translation>— choose account —</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="137"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="171"/>
        <source>Baris {no}: jumlah harus rupiah bulat.</source>
        <translation>Line {no}: the amount must be whole rupiah.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="173"/>
        <source>Baris {no}: pilih akun.</source>
        <translation>Line {no}: choose an account.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="180"/>
        <source>Debit: {amount}</source>
        <translation>Debit: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="181"/>
        <source>Kredit: {amount}</source>
        <translation>Credit: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="184"/>
        <source>Seimbang</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="187"/>
        <source>Selisih: {amount}</source>
        <translation>Difference: {amount}</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="32"/>
        <source>Cari nomor atau keterangan…</source>
        <translation>Search number or description…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="34"/>
        <location filename="../../app/ui/pages/journal_page.py" line="35"/>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="36"/>
        <source>Jurnal baru</source>
        <translation>New journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="37"/>
        <source>Balik jurnal</source>
        <translation>Reverse journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="44"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="46"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="58"/>
        <location filename="../../app/ui/pages/journal_page.py" line="179"/>
        <source>Pilih jurnal untuk melihat barisnya.</source>
        <translation>Select a journal to see its lines.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="76"/>
        <source>Jurnal Umum</source>
        <translation>General Journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="103"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="104"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="105"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="106"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="107"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="113"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="114"/>
        <source>Nama akun</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="115"/>
        <source>Keterangan baris</source>
        <translation>Line description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="116"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="117"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="122"/>
        <source>Dibalik oleh {number}</source>
        <translation>Reversed by {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="124"/>
        <source>Pembalikan dari {number}</source>
        <translation>Reversal of {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="125"/>
        <source>Diposting</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="144"/>
        <source>{count} jurnal</source>
        <translation>{count} journals</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="183"/>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {day} · {memo} · oleh {user} · {status}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {day} · {memo} · by {user} · {status}</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="72"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="74"/>
        <source>Masukkan PIN {name} untuk melanjutkan.</source>
        <translation>Enter the PIN of {name} to continue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="76"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="79"/>
        <source>Buka</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="80"/>
        <source>Keluar (ganti pengguna)</source>
        <translation>Log out (switch user)</translation>
    </message>
    <message>
        <location filename="../../app/ui/idle_lock.py" line="110"/>
        <source>Masukkan PIN.</source>
        <translation>Enter the PIN.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../app/ui/login_window.py" line="21"/>
        <source>Kopdes — Masuk</source>
        <translation>Kopdes — Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_window.py" line="42"/>
        <source>nama pengguna</source>
        <translation>username</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_window.py" line="44"/>
        <location filename="../../app/ui/login_window.py" line="62"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_window.py" line="47"/>
        <location filename="../../app/ui/login_window.py" line="102"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_window.py" line="56"/>
        <source>Masuk ke Kopdes</source>
        <translation>Log in to Kopdes</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_window.py" line="60"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_window.py" line="92"/>
        <source>Isi nama pengguna dan PIN.</source>
        <translation>Enter the username and PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_window.py" line="102"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>Kunci layar</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88"/>
        <source>Keluar</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>&amp;Kopdes</source>
        <translation>&amp;Kopdes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>Keluar (ganti pengguna)</source>
        <translation>Log out (switch user)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>Tutup aplikasi</source>
        <translation>Quit application</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Pengguna: {name} ({roles})</source>
        <translation>User: {name} ({roles})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Data: {label}</source>
        <translation>Data: {label}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/navigation.py" line="74"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="77"/>
        <source>Jurnal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="80"/>
        <source>Log Audit</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="83"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Outlet</name>
    <message>
        <location filename="../../app/ui/outlet.py" line="30"/>
        <source>pg_dump (PostgreSQL)</source>
        <translation>pg_dump (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outlet.py" line="33"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="110"/>
        <source>PIN baru untuk {username}</source>
        <translation>New PIN for {username}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="115"/>
        <source>PIN baru</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="116"/>
        <source>Ulangi PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="118"/>
        <source>Simpan PIN</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="118"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="128"/>
        <source>Kedua PIN tidak sama.</source>
        <translation>The two PINs do not match.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../app/ui/profile_form.py" line="17"/>
        <source>mis. Koperasi Desa Merah Putih Sukamaju</source>
        <translation>e.g. Koperasi Desa Merah Putih Sukamaju</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="22"/>
        <source>nomor SK AHU</source>
        <translation>AHU decree number</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="29"/>
        <source>WIB (UTC+7) — Sumatra, Jawa, Kalbar, Kalteng</source>
        <translation>WIB (UTC+7) — Sumatra, Java, West and Central Kalimantan</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="30"/>
        <source>WITA (UTC+8) — Bali, Nusa Tenggara, Kalsel, Kaltim, Sulawesi</source>
        <translation>WITA (UTC+8) — Bali, Nusa Tenggara, South/East/North Kalimantan, Sulawesi</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="31"/>
        <source>WIT (UTC+9) — Maluku, Papua</source>
        <translation>WIT (UTC+9) — Maluku, Papua</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="41"/>
        <source>Nama koperasi</source>
        <translation>Cooperative name</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="42"/>
        <source>NIB (13 angka)</source>
        <translation>NIB (13 digits)</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="43"/>
        <source>Nomor badan hukum</source>
        <translation>Legal entity number</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="44"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="45"/>
        <source>Desa/Kelurahan</source>
        <translation>Village/Ward</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="46"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="47"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="48"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="49"/>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../app/ui/profile_form.py" line="50"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="22"/>
        <source>Profil koperasi</source>
        <translation>Cooperative profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="23"/>
        <source>Data ini dicetak di struk, laporan dan ekspor. Semua bisa diubah nanti.</source>
        <translation>These details are printed on receipts, reports and exports. All can be changed later.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../app/ui/pages/settings_profile_tab.py" line="20"/>
        <source>Simpan profil</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_profile_tab.py" line="21"/>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_profile_tab.py" line="28"/>
        <source>Nama, NIB dan alamat dicetak di struk dan laporan.</source>
        <translation>Name, NIB and address are printed on receipts and reports.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_profile_tab.py" line="52"/>
        <source>Profil koperasi disimpan.</source>
        <translation>Cooperative profile saved.</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../app/ui/pages/reverse_dialog.py" line="24"/>
        <source>Balik jurnal {number}</source>
        <translation>Reverse journal {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reverse_dialog.py" line="26"/>
        <source>{number} · {day} · {memo} · {amount}</source>
        <translation>{number} · {day} · {memo} · {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reverse_dialog.py" line="32"/>
        <source>mis. salah akun, seharusnya Beban Transport</source>
        <translation>e.g. wrong account, should be Transport Expense</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reverse_dialog.py" line="34"/>
        <source>Balik jurnal</source>
        <translation>Reverse journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reverse_dialog.py" line="36"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reverse_dialog.py" line="43"/>
        <source>Jurnal yang sudah diposting tidak diubah. Jurnal pembalikan dengan debit dan kredit ditukar akan dicatat hari ini.</source>
        <translation>A posted journal is never changed. A reversing journal with debits and credits swapped is recorded today.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reverse_dialog.py" line="45"/>
        <source>Alasan pembalikan</source>
        <translation>Reason for the reversal</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="21"/>
        <source>Profil koperasi</source>
        <translation>Cooperative profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="24"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="27"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="30"/>
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="33"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="107"/>
        <source>Penyiapan Kopdes</source>
        <translation>Kopdes setup</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="110"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="111"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="112"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_wizard.py" line="113"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/shell.py" line="160"/>
        <source>Cadangan otomatis gagal</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="184"/>
        <source>Membuat cadangan sebelum menutup…</source>
        <translation>Backing up before closing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="196"/>
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="197"/>
        <source>Cadangan saat menutup gagal dibuat:
{error}</source>
        <translation>The backup on closing failed:
{error}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="15"/>
        <source>penjualan dan shift kasir</source>
        <translation>sales and cashier shifts</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="16"/>
        <source>anggota, simpan pinjam, persediaan, persetujuan</source>
        <translation>members, savings and loans, stock, approvals</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="17"/>
        <source>jurnal, tutup buku, laporan keuangan</source>
        <translation>journals, period close, financial reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="18"/>
        <source>melihat semuanya dan log audit, tanpa mengubah</source>
        <translation>sees everything and the audit log, changes nothing</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="19"/>
        <source>pengguna, cadangan, pengaturan</source>
        <translation>users, backups, settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="41"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="42"/>
        <source>Ubah pengguna {username}</source>
        <translation>Edit user {username}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="58"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="59"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="60"/>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="62"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="63"/>
        <source>Ulangi PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="65"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="65"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="69"/>
        <source>PIN minimal 6 angka, atau kata sandi minimal 8 karakter.</source>
        <translation>A PIN has at least 6 digits; a password at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/user_dialogs.py" line="82"/>
        <source>Kedua PIN tidak sama.</source>
        <translation>The two PINs do not match.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="28"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="29"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="30"/>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="32"/>
        <source>Terakhir masuk</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="36"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="37"/>
        <source>Ubah peran</source>
        <translation>Change roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="38"/>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="39"/>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="140"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="40"/>
        <source>Aktifkan / buka kunci</source>
        <translation>Activate / unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="67"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="69"/>
        <source>Terkunci s.d. {when}</source>
        <translation>Locked until {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="70"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="73"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="125"/>
        <source>PIN {username} diganti.</source>
        <translation>PIN of {username} changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="131"/>
        <source>Pengguna {username} disimpan.</source>
        <translation>User {username} saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="137"/>
        <source>Nonaktifkan pengguna</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="138"/>
        <source>Nonaktifkan {name} ({username})? Riwayatnya tetap tersimpan; akun bisa diaktifkan lagi.</source>
        <translation>Deactivate {name} ({username})? Their history is kept; the account can be activated again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="141"/>
        <source>{username} dinonaktifkan.</source>
        <translation>{username} deactivated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="146"/>
        <source>{username} aktif kembali.</source>
        <translation>{username} is active again.</translation>
    </message>
</context>
</TS>

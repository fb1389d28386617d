<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="27"/>
        <source>Cari kode atau nama akun…</source>
        <translation>Search account code or name…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="29"/>
        <source>Tampilkan akun nonaktif</source>
        <translation>Show inactive accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="31"/>
        <source>Akun baru</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="32"/>
        <source>Ganti nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="33"/>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="124"/>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="161"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="34"/>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="172"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="53"/>
        <source>Saldo per hari ini menurut saldo normal akun; akun kepala menjumlah akun di bawahnya. Akun nonaktif menolak jurnal baru; riwayatnya tetap.</source>
        <translation>Balances as of today on each account&apos;s normal side; a header adds up the accounts below it. An inactive account refuses new journals; its history stays.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="68"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="69"/>
        <source>Nama akun</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="70"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="71"/>
        <source>Saldo normal</source>
        <translation>Normal balance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="72"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="78"/>
        <source>Akun kepala</source>
        <translation>Header account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="79"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="79"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="81"/>
        <source>dipakai otomatis</source>
        <translation>used automatically</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="83"/>
        <source>sudah dipakai jurnal</source>
        <translation>used in journals</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="124"/>
        <source>Aktifkan kembali</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="135"/>
        <source>Akun {code} {name} ditambahkan.</source>
        <translation>Account {code} {name} added.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="145"/>
        <source>Nama akun {code} menjadi {name}.</source>
        <translation>Account {code} is now named {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="156"/>
        <source>Akun {code} aktif kembali.</source>
        <translation>Account {code} is active again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="159"/>
        <source>Nonaktifkan akun</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="160"/>
        <source>Nonaktifkan {code} {name}? Jurnal baru ke akun ini akan ditolak; jurnal lamanya tetap.</source>
        <translation>Deactivate {code} {name}? New journals to this account will be refused; its past journals stay.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="163"/>
        <source>Akun {code} dinonaktifkan.</source>
        <translation>Account {code} deactivated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="170"/>
        <source>Hapus akun</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="171"/>
        <source>Hapus {code} {name}? Hanya akun yang belum pernah dipakai yang bisa dihapus.</source>
        <translation>Delete {code} {name}? Only an account never used can be deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_accounts_tab.py" line="174"/>
        <source>Akun {code} dihapus.</source>
        <translation>Account {code} deleted.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="70"/>
        <source>Akun baru</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="81"/>
        <source>mis. Beban Keamanan</source>
        <translation>e.g. Security expense</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="82"/>
        <source>Akun lawan (mis. akumulasi penyusutan)</source>
        <translation>Contra account (e.g. accumulated depreciation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="85"/>
        <source>Di bawah</source>
        <translation>Under</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="86"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="87"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="89"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="92"/>
        <source>Jenis akun mengikuti induknya. Akun baru langsung aktif dan bisa dijurnal; yang sudah dipakai tidak bisa dihapus, hanya dinonaktifkan.</source>
        <translation>The type follows the parent. A new account is active and can be posted to at once; once used it cannot be deleted, only deactivated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="120"/>
        <source>{type} · saldo normal {side}</source>
        <translation>{type} · normal balance {side}</translation>
    </message>
</context>
<context>
    <name>AdjustTab</name>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="181"/>
        <source>Rusak</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="181"/>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="182"/>
        <source>Pemakaian sendiri</source>
        <translation>Own use</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="182"/>
        <source>Hilang</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="187"/>
        <source>mis. kemasan bocor saat bongkar muat</source>
        <translation>e.g. packaging torn while unloading</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="188"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="189"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="192"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="192"/>
        <source>Stok kini</source>
        <translation>Stock now</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="192"/>
        <source>Jumlah keluar</source>
        <translation>Quantity out</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="192"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="195"/>
        <source>Simpan penyesuaian</source>
        <translation>Save adjustment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="198"/>
        <source>Nilai keluar (perkiraan): {amount}</source>
        <translation>Value out (estimate): {amount}</translation>
    </message>
</context>
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
    <name>AgingTab</name>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="67"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="68"/>
        <source>Daftar Nominatif</source>
        <translation>Loan Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="69"/>
        <source>Daftar Tunggakan</source>
        <translation>Arrears List</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="72"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="73"/>
        <source>Excel (XLSX)…</source>
        <translation>Excel (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="77"/>
        <source>Per tanggal</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="92"/>
        <source>Kualitas pinjaman</source>
        <translation>Loan quality</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="97"/>
        <source>NPL: pinjaman Kurang Lancar, Diragukan dan Macet dibagi seluruh sisa pokok. Sehat ≤ 5%, cukup sehat ≤ 15%, di atasnya tidak sehat.</source>
        <translation>NPL: Substandard, Doubtful and Loss loans divided by all outstanding principal. Healthy ≤ 5%, fairly healthy ≤ 15%, unhealthy above that.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="101"/>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="125"/>
        <source>Kolektibilitas</source>
        <translation>Collectibility</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="102"/>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="124"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="103"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="104"/>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="121"/>
        <source>Sisa pokok</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="105"/>
        <source>Porsi</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="106"/>
        <source>PPAP</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="118"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="119"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="120"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="122"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="123"/>
        <source>Denda</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="130"/>
        <source>Pinjaman menunggak</source>
        <translation>Loans in arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="140"/>
        <source>Klik dua kali untuk membuka pinjaman.</source>
        <translation>Double-click to open the loan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="158"/>
        <source>Menghitung…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="192"/>
        <source>NPL {ratio}% · {health}</source>
        <translation>NPL {ratio}% · {health}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="195"/>
        <source>{count} pinjaman berjalan · sisa pokok {outstanding} · bermasalah {npl} · PPAP {ppap}</source>
        <translation>{count} running loans · outstanding {outstanding} · non-performing {npl} · provision {ppap}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="203"/>
        <source>Pinjaman menunggak per {day}: {count}, tunggakan {amount}</source>
        <translation>Loans in arrears as of {day}: {count}, arrears {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="206"/>
        <source>Tidak ada pinjaman menunggak per {day}.</source>
        <translation>No loans in arrears as of {day}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="222"/>
        <source>Simpan daftar nominatif</source>
        <translation>Save the loan register</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="222"/>
        <source>Simpan daftar tunggakan</source>
        <translation>Save the arrears list</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="224"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="224"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="240"/>
        <source>Tersimpan di {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="242"/>
        <source>Berkas siap</source>
        <translation>File ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="242"/>
        <source>Buka sekarang?</source>
        <translation>Open it now?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_aging_tab.py" line="243"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="37"/>
        <source>Terjadi kesalahan tak terduga:
{error}</source>
        <translation>An unexpected error occurred:
{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="51"/>
        <location filename="../../app/ui/application.py" line="55"/>
        <source>Kopdes tidak bisa dibuka</source>
        <translation>Kopdes cannot start</translation>
    </message>
    <message>
        <location filename="../../app/ui/application.py" line="56"/>
        <source>Basis data tidak bisa dibuka:
{error}</source>
        <translation>The database cannot be opened:
{error}</translation>
    </message>
</context>
<context>
    <name>ApprovalBox</name>
    <message>
        <location filename="../../app/ui/pages/till_common.py" line="50"/>
        <source>nama pengguna pengurus</source>
        <translation>board member&apos;s username</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_common.py" line="52"/>
        <source>PIN pengurus</source>
        <translation>board member&apos;s PIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_common.py" line="55"/>
        <source>Persetujuan pengurus</source>
        <translation>Board approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_common.py" line="59"/>
        <source>Pengurus</source>
        <translation>Board member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_common.py" line="60"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>ApprovalTab</name>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="40"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="41"/>
        <source>Diajukan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="42"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="43"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="44"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="45"/>
        <source>Jangka</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="45"/>
        <source>{n} bln</source>
        <translation>{n} mo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="46"/>
        <source>Dicatat oleh</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="53"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="54"/>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="55"/>
        <source>Buka di daftar pinjaman</source>
        <translation>Open in the loan list</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="117"/>
        <source>{count} pengajuan menunggu keputusan, jumlah {amount}</source>
        <translation>{count} applications awaiting a decision, totalling {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_approval_tab.py" line="120"/>
        <source>Tidak ada pengajuan yang menunggu.</source>
        <translation>No applications waiting.</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="64"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="65"/>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="68"/>
        <source>Sampai bulan</source>
        <translation>Up to month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="87"/>
        <source>Anggota aktif yang belum melunasi simpanan wajib sampai bulan yang dipilih atau simpanan pokoknya. Klik dua kali untuk membuka anggota.</source>
        <translation>Active members who have not paid their compulsory savings up to the chosen month, or their principal savings. Double-click to open the member.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="97"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="98"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="99"/>
        <source>HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="100"/>
        <source>Bulan terutang</source>
        <translation>Months owed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="101"/>
        <source>Wajib terutang</source>
        <translation>Compulsory owed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="102"/>
        <source>Pokok terutang</source>
        <translation>Principal owed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="103"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="109"/>
        <source>Menghitung…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="136"/>
        <source>Tidak ada tunggakan sampai {month}.</source>
        <translation>No arrears up to {month}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="138"/>
        <source>{count} anggota menunggak · wajib {wajib} · pokok {pokok} · total {total}</source>
        <translation>{count} members in arrears · compulsory {wajib} · principal {pokok} · total {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="157"/>
        <source>Ekspor daftar tunggakan</source>
        <translation>Export the arrears list</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="158"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_arrears_tab.py" line="169"/>
        <source>{count} baris diekspor ke {path}.</source>
        <translation>{count} rows exported to {path}.</translation>
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
    <name>BooksAccounts</name>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="18"/>
        <source>Aset</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="19"/>
        <source>Kewajiban</source>
        <translation>Liabilities</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="20"/>
        <source>Ekuitas</source>
        <translation>Equity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="21"/>
        <source>Pendapatan</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="22"/>
        <source>Beban</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="26"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="27"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="37"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="38"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../app/ui/pages/till_cart_model.py" line="95"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_cart_model.py" line="95"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_cart_model.py" line="95"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_cart_model.py" line="95"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_cart_model.py" line="95"/>
        <source>Diskon</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_cart_model.py" line="96"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_cart_model.py" line="117"/>
        <source>Harga khusus (disetujui pengurus); harga biasa {price}</source>
        <translation>Special price (approved by the board); regular price {price}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_cart_model.py" line="129"/>
        <source> (+ deposit tabung)</source>
        <translation> (+ cylinder deposit)</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="190"/>
        <source>Kas masuk / keluar</source>
        <translation>Cash in / out</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="194"/>
        <source>Kas keluar dari laci</source>
        <translation>Cash out of the drawer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="195"/>
        <source>Kas masuk ke laci</source>
        <translation>Cash into the drawer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="204"/>
        <source>mis. ongkos angkut galon</source>
        <translation>e.g. delivery fare for water jugs</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="210"/>
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="211"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="212"/>
        <source>Akun lawan</source>
        <translation>Contra account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="213"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="217"/>
        <source>Catat (Enter)</source>
        <translation>Record (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="232"/>
        <source>Isi jumlah dalam rupiah bulat.</source>
        <translation>Enter the amount in whole rupiah.</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="57"/>
        <source>Cari nama, SKU atau kategori…</source>
        <translation>Search name, SKU or category…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="61"/>
        <source>Stok menipis saja</source>
        <translation>Low stock only</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="62"/>
        <source>Termasuk nonaktif</source>
        <translation>Include inactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="63"/>
        <source>Barang baru</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="64"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="65"/>
        <source>Impor…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="66"/>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="67"/>
        <source>Kartu stok</source>
        <translation>Stock card</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="96"/>
        <source>Baris merah: stok sama dengan atau di bawah stok minimum.</source>
        <translation>Red rows: stock at or below the minimum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="120"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="121"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="122"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="123"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="124"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="125"/>
        <source>Harga anggota</source>
        <translation>Member price</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="126"/>
        <source>HET</source>
        <translation>Price ceiling (HET)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="127"/>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="128"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="137"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="195"/>
        <source>Barang {sku} tersimpan.</source>
        <translation>Item {sku} saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="208"/>
        <source>Impor barang</source>
        <translation>Import items</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="209"/>
        <source>Lembar kerja (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="214"/>
        <source>Ekspor barang</source>
        <translation>Export items</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="215"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="229"/>
        <source>{file}: {rows} baris; {created} barang baru, {updated} diubah, {unchanged} tetap.</source>
        <translation>{file}: {rows} rows; {created} new items, {updated} changed, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="238"/>
        <source>Impor ditolak</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_catalogue_tab.py" line="251"/>
        <source>{count} barang diekspor ke {path}.</source>
        <translation>{count} items exported to {path}.</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="43"/>
        <source>Tutup shift {number}</source>
        <translation>Close shift {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="62"/>
        <source>Hitung kas di laci</source>
        <translation>Count the cash in the drawer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="63"/>
        <source>Hitung uang di laci per pecahan (lembar/keping). Jumlah kas seharusnya ditampilkan setelah hitungan disimpan.</source>
        <translation>Count the money in the drawer by denomination (notes/coins). The expected cash is shown after the count is saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="67"/>
        <source>&lt;b&gt;Pecahan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Denomination&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="68"/>
        <source>&lt;b&gt;Jumlah&lt;/b&gt;</source>
        <translation>&lt;b&gt;Count&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="69"/>
        <source>&lt;b&gt;Nilai&lt;/b&gt;</source>
        <translation>&lt;b&gt;Value&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="87"/>
        <source>Jumlah dihitung</source>
        <translation>Counted total</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="97"/>
        <source>Simpan hitungan dan tutup shift</source>
        <translation>Save the count and close the shift</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="137"/>
        <source>Selisih kas saat tutup shift</source>
        <translation>Cash difference at shift close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="173"/>
        <source>Selesai (Enter)</source>
        <translation>Done (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="186"/>
        <source>Laporan Z dikirim ke printer.</source>
        <translation>Z report sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="188"/>
        <source>Laporan Z belum bisa dicetak: {error}</source>
        <translation>The Z report could not be printed yet: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_close_dialog.py" line="190"/>
        <source>Laporan Z — shift {number} ditutup</source>
        <translation>Z report — shift {number} closed</translation>
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
    <name>CustomerDisplay</name>
    <message>
        <location filename="../../app/ui/pages/till_customer_display.py" line="40"/>
        <source>Kopdes — Layar pelanggan</source>
        <translation>Kopdes — Customer display</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_customer_display.py" line="80"/>
        <source>Scan untuk membayar</source>
        <translation>Scan to pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_customer_display.py" line="102"/>
        <source>{merchant} · NMID {nmid}</source>
        <translation>{merchant} · NMID {nmid}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_customer_display.py" line="117"/>
        <location filename="../../app/ui/pages/till_customer_display.py" line="127"/>
        <source>Total {total}</source>
        <translation>Total {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_customer_display.py" line="119"/>
        <source>Anggota: {name} — harga anggota</source>
        <translation>Member: {name} — member prices</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_customer_display.py" line="128"/>
        <source>Kembalian {change} · Terima kasih!</source>
        <translation>Change {change} · Thank you!</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="150"/>
        <source>Setujui Pinjaman</source>
        <translation>Approve Loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="150"/>
        <source>Tolak Pinjaman</source>
        <translation>Reject Loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="153"/>
        <source>Dicatat oleh {user} pada {day}. Tujuan: {purpose}</source>
        <translation>Entered by {user} on {day}. Purpose: {purpose}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="158"/>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="158"/>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="159"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="159"/>
        <source>Alasan penolakan</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="161"/>
        <source>Setujui (Enter)</source>
        <translation>Approve (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="161"/>
        <source>Tolak (Enter)</source>
        <translation>Reject (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="164"/>
        <source>Pinjaman disetujui atau ditolak oleh pengurus.</source>
        <translation>Loans are approved or rejected by a board member.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="175"/>
        <source>Tulis alasan penolakan.</source>
        <translation>Write the reason for rejecting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="183"/>
        <source>Pinjaman {number} disetujui; siap dicairkan.</source>
        <translation>Loan {number} approved; ready to disburse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="184"/>
        <source>Pinjaman {number} ditolak.</source>
        <translation>Loan {number} rejected.</translation>
    </message>
</context>
<context>
    <name>DisburseDialog</name>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="191"/>
        <source>Pencairan Pinjaman</source>
        <translation>Loan Disbursement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="196"/>
        <source>Pokok pinjaman</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="197"/>
        <source>{amount} ({mode})</source>
        <translation>{amount} ({mode})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="198"/>
        <source>Biaya administrasi</source>
        <translation>Admin fee</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="198"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="201"/>
        <source>Kas keluar</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="203"/>
        <source>Anggota menerima {principal} dan membayar biaya {fee} di tempat: kas keluar bersih {net}.</source>
        <translation>The member receives {principal} and pays the {fee} fee on the spot: net cash out {net}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="208"/>
        <source>{amount} per bulan, pertama {day}, terakhir {last}</source>
        <translation>{amount} a month, first {day}, last {last}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="209"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="213"/>
        <source>Cara</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="215"/>
        <source>Cairkan (Enter)</source>
        <translation>Disburse (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="217"/>
        <source>Pinjaman ini {status}: hanya pinjaman yang sudah disetujui yang bisa dicairkan.</source>
        <translation>This loan is {status}: only an approved loan can be disbursed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="233"/>
        <source>Pinjaman {number} dicairkan dengan nomor {journal}: {amount} diserahkan.</source>
        <translation>Loan {number} disbursed as {journal}: {amount} handed over.</translation>
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
    <name>DocLines</name>
    <message>
        <location filename="../../app/ui/pages/stock_lines.py" line="185"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lines.py" line="231"/>
        <source>{name}: jumlah belum diisi.</source>
        <translation>{name}: quantity not entered.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lines.py" line="237"/>
        <source>{name}: total harga bukan jumlah rupiah.</source>
        <translation>{name}: total cost is not a rupiah amount.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lines.py" line="241"/>
        <source>Belum ada barang di daftar.</source>
        <translation>No items in the list yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lines.py" line="243"/>
        <source>Daftar barang belum benar.</source>
        <translation>The item list is not right yet.</translation>
    </message>
</context>
<context>
    <name>DocTab</name>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="40"/>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="46"/>
        <source>Pilih barang:</source>
        <translation>Choose items:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="83"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="86"/>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="131"/>
        <source>Tersimpan: {number}, nilai persediaan {sign}{value}.</source>
        <translation>Saved: {number}, stock value {sign}{value}.</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="33"/>
        <source>Keluar dari Keanggotaan: {number} {name}</source>
        <translation>End Membership: {number} {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="37"/>
        <source>Keluar (berhenti)</source>
        <translation>Left (resigned)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="38"/>
        <source>Meninggal dunia</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="44"/>
        <source>mis. pindah domisili ke luar desa</source>
        <translation>e.g. moved away from the village</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="46"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="47"/>
        <source>Transfer bank</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="50"/>
        <source>Tanggal keluar</source>
        <translation>Exit date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="51"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="52"/>
        <source>Dibayar secara</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="56"/>
        <source>Simpanan yang dikembalikan</source>
        <translation>Savings paid out</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="66"/>
        <source>Jumlah dibayar</source>
        <translation>Total paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="77"/>
        <source>{name} masih punya kasbon {amount}: lunasi dulu sebelum keluar.</source>
        <translation>{name} still owes {amount} on credit: settle it before leaving.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="80"/>
        <source>Tunggakan simpanan ({amount}) tidak ditagih; yang dikembalikan hanya saldo yang ada.</source>
        <translation>Savings arrears ({amount}) are not collected; only the balances held are paid out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="86"/>
        <source>Keluarkan dan bayar {amount}</source>
        <translation>End membership and pay {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="90"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_exit_dialog.py" line="100"/>
        <source>Semua saldo simpanan dikembalikan dalam satu jurnal dan slipnya dicetak. Keanggotaan yang sudah berakhir tidak bisa diaktifkan lagi.</source>
        <translation>All savings balances are paid out in one journal and the slip is printed. A membership that has ended cannot be reactivated.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="107"/>
        <source>Ekspor sejak ekspor terakhir</source>
        <translation>Export since the last export</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="107"/>
        <source>Ekspor Bulan</source>
        <translation>Export a Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="113"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="118"/>
        <source>Paket koreksi (bulan ini sudah diterima kabupaten)</source>
        <translation>Correction package (the district already acknowledged this month)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="121"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="122"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="125"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="127"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="135"/>
        <source>Paket kopdes-&lt;NIB&gt;-&lt;bulan&gt;-&lt;nomor&gt;.zip ditandatangani kunci gerai. NIK anggota tidak ikut; bila alamat hub diatur, paket juga diantrekan untuk diunggah.</source>
        <translation>The package kopdes-&lt;NIB&gt;-&lt;month&gt;-&lt;number&gt;.zip is signed with the outlet&apos;s key. Members&apos; NIKs are not included; when a hub address is set, the package is also queued for upload.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="137"/>
        <source>Semua bulan sejak paket terakhir sampai bulan lalu, dalam satu paket.</source>
        <translation>Every month since the last package up to last month, in one package.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="157"/>
        <source>Folder paket</source>
        <translation>Package folder</translation>
    </message>
</context>
<context>
    <name>HeldCarts</name>
    <message>
        <location filename="../../app/ui/pages/till_held.py" line="34"/>
        <source>Panggil ({n})</source>
        <translation>Recall ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_held.py" line="34"/>
        <source>Panggil</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_held.py" line="41"/>
        <source>Keranjang kosong tidak perlu ditahan.</source>
        <translation>An empty cart need not be held.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_held.py" line="44"/>
        <source>{who}{n} baris · {total}</source>
        <translation>{who}{n} lines · {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_held.py" line="50"/>
        <source>Keranjang ditahan: {label}. Panggil lagi dengan F7.</source>
        <translation>Cart held: {label}. Recall it with F7.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_held.py" line="57"/>
        <source>Tahan (F6) atau selesaikan keranjang sekarang sebelum memanggil yang lain.</source>
        <translation>Hold (F6) or finish the current cart before recalling another.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_held.py" line="61"/>
        <source>Tidak ada keranjang yang ditahan.</source>
        <translation>No carts are on hold.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_held.py" line="103"/>
        <source>Keranjang dipanggil: {label}.</source>
        <translation>Cart recalled: {label}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_held.py" line="105"/>
        <source> Harga khusus perlu persetujuan pengurus lagi (F5).</source>
        <translation> Special prices need board approval again (F5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_held.py" line="107"/>
        <source> Tidak bisa dijual lagi: {items}.</source>
        <translation> No longer for sale: {items}.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="172"/>
        <source>Profil koperasi</source>
        <translation>Cooperative profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="84"/>
        <source>Selamat datang, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="90"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="134"/>
        <source>Penjualan hari ini · {till}</source>
        <translation>Sales today · {till}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="136"/>
        <source>QRIS menunggu konfirmasi</source>
        <translation>QRIS awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="138"/>
        <source>Cetak gagal</source>
        <translation>Failed prints</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="140"/>
        <source>Cadangan data</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="142"/>
        <source>Ekspor kabupaten</source>
        <translation>District export</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="145"/>
        <source>Produk terlaris bulan ini</source>
        <translation>Best sellers this month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="147"/>
        <source>Stok menipis</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="149"/>
        <source>QRIS menunggu di {till}</source>
        <translation>QRIS waiting at {till}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="187"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="187"/>
        <source>NIB</source>
        <translation>NIB (business ID)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="188"/>
        <source>Badan hukum</source>
        <translation>Legal entity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="188"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="189"/>
        <source>Desa/Kelurahan</source>
        <translation>Village/Ward</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="189"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="190"/>
        <source>Kabupaten/Kota</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="190"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="191"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="191"/>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="262"/>
        <source>Hari usaha {day} · diperbarui {time}</source>
        <translation>Business day {day} · updated {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="273"/>
        <source>shift {number}</source>
        <translation>shift {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="274"/>
        <source>belum ada shift terbuka</source>
        <translation>no shift open yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="276"/>
        <source>{count} transaksi · {shift}</source>
        <translation>{count} transactions · {shift}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="279"/>
        <source>{amount} belum dikonfirmasi</source>
        <translation>{amount} not confirmed yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="285"/>
        <source>Tidak ada pembayaran QRIS yang menunggu.</source>
        <translation>No QRIS payments waiting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="288"/>
        <source>Menunggu dicetak ulang atau dibatalkan</source>
        <translation>Waiting to be reprinted or cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="292"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="292"/>
        <source>Dicadangkan dengan pg_dump di server</source>
        <translation>Backed up with pg_dump on the server</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="294"/>
        <source>Belum pernah</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="294"/>
        <source>Buat cadangan sekarang</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="297"/>
        <source>Sudah lebih dari sehari: buat cadangan</source>
        <translation>More than a day old: make a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="298"/>
        <source>Cadangan masih baru</source>
        <translation>Backup is recent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="301"/>
        <source>Belum dibuat</source>
        <translation>Not made yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="301"/>
        <source>Ekspor ke kabupaten untuk {month} belum dibuat</source>
        <translation>The district export for {month} has not been made yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="304"/>
        <source>Sudah diekspor</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="306"/>
        <source>{qty} / min {min} {unit}</source>
        <translation>{qty} / min {min} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="310"/>
        <source>Semua stok di atas batas minimum.</source>
        <translation>All stock is above its minimum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="311"/>
        <source>dan {count} barang lagi</source>
        <translation>and {count} more items</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home_page.py" line="316"/>
        <source>Belum ada penjualan bulan ini.</source>
        <translation>No sales this month yet.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="44"/>
        <source>Impor file settlement/mutasi</source>
        <translation>Import settlement/statement file</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="50"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({size})&lt;br&gt;{folder}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({size})&lt;br&gt;{folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="56"/>
        <source>{name} (bawaan)</source>
        <translation>{name} (built-in)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="61"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="62"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="78"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="79"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="87"/>
        <source>Berkas dibaca utuh: bila satu baris saja rusak, seluruh berkas ditolak dan tidak ada yang disimpan. Berkas yang sama tidak bisa diimpor dua kali; baris yang sudah ada di impor sebelumnya dilewati.</source>
        <translation>The file is read as a whole: if a single row is bad, the whole file is refused and nothing is stored. The same file cannot be imported twice; rows already in an earlier import are skipped.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="102"/>
        <source>Belum ada preset.</source>
        <translation>No preset yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="104"/>
        <source>titik koma (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="104"/>
        <source>koma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="104"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="106"/>
        <source>sen</source>
        <translation>cents</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="106"/>
        <source>rupiah</source>
        <translation>rupiah</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="107"/>
        <source>jumlah bersih (sudah dipotong MDR)</source>
        <translation>net amounts (MDR already deducted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="108"/>
        <source>jumlah kotor (sebelum MDR)</source>
        <translation>gross amounts (before MDR)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="111"/>
        <source>Pemisah CSV {delimiter} · jumlah dalam {unit} · {basis}.
Kolom: {columns}</source>
        <translation>CSV separator {delimiter} · amounts in {unit} · {basis}.
Columns: {columns}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="115"/>
        <source>referensi</source>
        <translation>reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="115"/>
        <source>waktu transaksi</source>
        <translation>transaction time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="116"/>
        <source>tanggal settlement</source>
        <translation>settlement date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="116"/>
        <source>jumlah</source>
        <translation>amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="116"/>
        <source>MDR</source>
        <translation>MDR</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="117"/>
        <source>keterangan</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="117"/>
        <source>jenis mutasi</source>
        <translation>debit/credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="124"/>
        <source>Membaca dan mencocokkan {name}…</source>
        <translation>Reading and matching {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="132"/>
        <source>Berkas {name} diimpor (impor #{id}, preset {preset}).</source>
        <translation>File {name} imported (import #{id}, preset {preset}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="135"/>
        <source>Baris disimpan</source>
        <translation>Rows stored</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="136"/>
        <source>Dilewati (bukan kredit QRIS)</source>
        <translation>Skipped (not QRIS credits)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="137"/>
        <source>Sudah ada di impor sebelumnya</source>
        <translation>Already in an earlier import</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="138"/>
        <source>Cocok otomatis</source>
        <translation>Matched automatically</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="138"/>
        <source>{count} transaksi · {gross} · MDR {mdr} · masuk bank {net}</source>
        <translation>{count} transactions · {gross} · MDR {mdr} · to the bank {net}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="141"/>
        <source>Jurnal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="141"/>
        <source>tidak ada (tidak ada yang cocok)</source>
        <translation>none (nothing matched)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="142"/>
        <source>Masih terbuka</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="142"/>
        <source>{unsettled} pembayaran belum settle · {lines} baris tanpa pasangan</source>
        <translation>{unsettled} payments not settled · {lines} rows without a payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="151"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>JasaDialog</name>
    <message>
        <location filename="../../app/ui/pages/savings_jasa_dialog.py" line="42"/>
        <source>Jasa Simpanan Sukarela</source>
        <translation>Interest on Voluntary Savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_jasa_dialog.py" line="61"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_jasa_dialog.py" line="62"/>
        <source>Jasa sukarela</source>
        <translation>Voluntary savings interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_jasa_dialog.py" line="66"/>
        <source>Setiap bulan diposting sekali: satu jurnal (Beban Jasa Simpanan pada Simpanan Sukarela) bertanggal hari ini, dan satu mutasi jasa di simpanan sukarela setiap anggota yang mendapatnya. Bulan yang dipilih harus sudah berakhir.</source>
        <translation>Each month is posted once: one journal (Savings Interest Expense against Voluntary Savings) dated today, and one interest movement in the voluntary savings of every member who earns it. The chosen month must be over.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_jasa_dialog.py" line="71"/>
        <source>Posting jasa (Enter)</source>
        <translation>Post interest (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_jasa_dialog.py" line="71"/>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_jasa_dialog.py" line="76"/>
        <source>Jasa simpanan diposting oleh pengurus atau bendahara.</source>
        <translation>Savings interest is posted by a board member or the treasurer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_jasa_dialog.py" line="82"/>
        <source>{rate}% per tahun</source>
        <translation>{rate}% a year</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_jasa_dialog.py" line="83"/>
        <source>= {rate}% per bulan dari saldo sukarela terendah setiap anggota dalam bulan itu.</source>
        <translation>= {rate}% a month on each member&apos;s lowest voluntary savings balance in that month.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_jasa_dialog.py" line="86"/>
        <source>tidak aktif (0%)</source>
        <translation>off (0%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_jasa_dialog.py" line="87"/>
        <source>Atur besarnya di Pengaturan &gt; Simpanan &amp; Anggota.</source>
        <translation>Set the rate in Settings &gt; Savings &amp; Members.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_jasa_dialog.py" line="120"/>
        <source>Jasa {month} diposting: {members} anggota, jumlah {total}, jurnal {journal}.</source>
        <translation>Interest for {month} posted: {members} members, total {total}, journal {journal}.</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="65"/>
        <source>Jurnal baru</source>
        <translation>New journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="74"/>
        <source>mis. Bayar token listrik gerai</source>
        <translation>e.g. Electricity token for the outlet</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="78"/>
        <source>— tanpa templat —</source>
        <translation>— no template —</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="86"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="90"/>
        <source>Templat</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="91"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="92"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="96"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="96"/>
        <source>Keterangan baris</source>
        <translation>Line description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="96"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="97"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="117"/>
        <source>Tambah baris</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="129"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="130"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="197"/>
        <source>— pilih akun —</source>
        <translation>— choose account —</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="197"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="231"/>
        <source>Baris {no}: jumlah harus rupiah bulat.</source>
        <translation>Line {no}: the amount must be whole rupiah.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="233"/>
        <source>Baris {no}: pilih akun.</source>
        <translation>Line {no}: choose an account.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="240"/>
        <source>Debit: {amount}</source>
        <translation>Debit: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="241"/>
        <source>Kredit: {amount}</source>
        <translation>Credit: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="244"/>
        <source>Seimbang</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_entry_dialog.py" line="247"/>
        <source>Selisih: {amount}</source>
        <translation>Difference: {amount}</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="23"/>
        <source>Pembukuan</source>
        <translation>Bookkeeping</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="29"/>
        <source>Jurnal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="31"/>
        <source>Bagan Akun</source>
        <translation>Chart of Accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal_page.py" line="33"/>
        <source>Periode</source>
        <translation>Periods</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="34"/>
        <source>Cari nomor atau keterangan…</source>
        <translation>Search number or description…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="36"/>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="37"/>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="38"/>
        <source>Jurnal baru</source>
        <translation>New journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="39"/>
        <source>Balik jurnal</source>
        <translation>Reverse journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="41"/>
        <source>Templat…</source>
        <translation>Templates…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="48"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="50"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="63"/>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="185"/>
        <source>Pilih jurnal untuk melihat barisnya.</source>
        <translation>Select a journal to see its lines.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="109"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="110"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="111"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="112"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="113"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="119"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="120"/>
        <source>Nama akun</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="121"/>
        <source>Keterangan baris</source>
        <translation>Line description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="122"/>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="123"/>
        <source>Kredit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="128"/>
        <source>Dibalik oleh {number}</source>
        <translation>Reversed by {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="130"/>
        <source>Pembalikan dari {number}</source>
        <translation>Reversal of {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="131"/>
        <source>Diposting</source>
        <translation>Posted</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="150"/>
        <source>{count} jurnal</source>
        <translation>{count} journals</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_journal_tab.py" line="189"/>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {day} · {memo} · oleh {user} · {status}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {day} · {memo} · by {user} · {status}</translation>
    </message>
</context>
<context>
    <name>LoanDetailPanel</name>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="122"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="122"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="122"/>
        <source>Pinjaman</source>
        <translation>Loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="123"/>
        <location filename="../../app/ui/pages/loan_detail.py" line="197"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="123"/>
        <source>Biaya</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="123"/>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="124"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="141"/>
        <source>Sisa pokok</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="141"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="142"/>
        <source>Denda</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="142"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="156"/>
        <source>Pilih pinjaman di daftar untuk melihat rinciannya.</source>
        <translation>Choose a loan in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="176"/>
        <location filename="../../app/ui/pages/loan_detail.py" line="233"/>
        <source>Jadwal angsuran</source>
        <translation>Repayment schedule</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="193"/>
        <source>Ke</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="194"/>
        <location filename="../../app/ui/pages/loan_detail.py" line="204"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="196"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="198"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="199"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="200"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="204"/>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="205"/>
        <source>Sebagian</source>
        <translation>Part paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="205"/>
        <source>Belum</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="206"/>
        <source>Rencana</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="206"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="208"/>
        <source>Terlambat {days} hari</source>
        <translation>{days} days late</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="214"/>
        <source>denda {amount}</source>
        <translation>penalty {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="216"/>
        <source>denda dibayar {amount}</source>
        <translation>penalty paid {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="255"/>
        <source>{principal} · {term} bulan · angsuran {installment}</source>
        <translation>{principal} · {term} months · installment {installment}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="259"/>
        <source>biaya adm. {amount}</source>
        <translation>admin fee {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="261"/>
        <source>Pelunasan sebagian: {prepay}; pelunasan dipercepat: {early}</source>
        <translation>Part prepayment: {prepay}; early settlement: {early}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="265"/>
        <source>jaminan: {text}</source>
        <translation>collateral: {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="267"/>
        <source>penjamin: {number}</source>
        <translation>guarantor: {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="278"/>
        <source>Jadwal angsuran {number}: {paid} dari {count} lunas</source>
        <translation>Repayment schedule {number}: {paid} of {count} paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="282"/>
        <source>, {late} terlambat</source>
        <translation>, {late} late</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="285"/>
        <source>Jadwal angsuran {number}: pengajuan ditolak</source>
        <translation>Repayment schedule {number}: application rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="288"/>
        <source>Jadwal angsuran {number} (rencana, bila dicairkan hari ini)</source>
        <translation>Repayment schedule {number} (planned, if disbursed today)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="300"/>
        <source>diajukan {user} {day}</source>
        <translation>applied by {user} {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="302"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="302"/>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="303"/>
        <source>{verb} {user}</source>
        <translation>{verb} by {user}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="306"/>
        <source>cair {day}</source>
        <translation>disbursed {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="308"/>
        <source>restrukturisasi dari {number}</source>
        <translation>rescheduled from {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="310"/>
        <source>ditutup {day}</source>
        <translation>closed {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="323"/>
        <source>tagihan {amount}</source>
        <translation>claim {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="329"/>
        <source>{days} hari</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="329"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_detail.py" line="330"/>
        <source>{count} angsuran jatuh tempo belum dibayar</source>
        <translation>{count} installments due and unpaid</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="78"/>
        <source>{product} · pokok {principal} · {term} bulan · {rate}</source>
        <translation>{product} · principal {principal} · {term} months · {rate}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="84"/>
        <source>Sisa pokok {outstanding} · tunggakan {arrears} · denda {penalty} · {days} hari terlambat</source>
        <translation>Outstanding {outstanding} · arrears {arrears} · penalty {penalty} · {days} days late</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="129"/>
        <source>Slip dikirim ke printer.</source>
        <translation>The slip was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>LoanPage</name>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="44"/>
        <location filename="../../app/ui/pages/loan_page.py" line="49"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="50"/>
        <location filename="../../app/ui/pages/loan_page.py" line="72"/>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="51"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="52"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="72"/>
        <source>Persetujuan ({count})</source>
        <translation>Approval ({count})</translation>
    </message>
</context>
<context>
    <name>LoanPaymentDialog</name>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="57"/>
        <source>Bayar Angsuran</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="67"/>
        <source>Tunggakan + denda · {amount}</source>
        <translation>Arrears + penalty · {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="71"/>
        <source>Sampai angsuran ke-{no} · {amount}</source>
        <translation>Up to installment {no} · {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="78"/>
        <source>Jumlah bayar (Rp)</source>
        <translation>Amount paid (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="79"/>
        <source>Isi cepat</source>
        <translation>Quick fill</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="81"/>
        <source>Cara</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="84"/>
        <source>Pembagian pembayaran (sebelum disimpan)</source>
        <translation>How the payment is allocated (before saving)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="88"/>
        <source>Untuk</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="89"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="90"/>
        <source>Denda</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="91"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="92"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="93"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="103"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="128"/>
        <source>Pinjaman ini tidak sedang berjalan.</source>
        <translation>This loan is not running.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="141"/>
        <source>Jumlah harus rupiah bulat, mis. 1.090.000.</source>
        <translation>The amount must be whole rupiah, e.g. 1.090.000.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="160"/>
        <source>Angsuran ke-{no}</source>
        <translation>Installment {no}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="163"/>
        <source>Pelunasan sebagian pokok</source>
        <translation>Principal prepaid</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="167"/>
        <source>Sisa pokok setelah bayar {amount}</source>
        <translation>Outstanding after payment {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="170"/>
        <source>angsuran berikutnya menjadi {amount} ({left} angsuran lagi)</source>
        <translation>the next installment becomes {amount} ({left} installments left)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="173"/>
        <source>sisa jangka menjadi {left} angsuran (angsuran {amount})</source>
        <translation>the remaining term becomes {left} installments (installment {amount})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="185"/>
        <source>Isi jumlah bayar dalam rupiah bulat.</source>
        <translation>Enter the amount paid in whole rupiah.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="196"/>
        <source>Pembayaran {amount} tercatat dengan nomor {number}.</source>
        <translation>Payment of {amount} recorded as {number}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="199"/>
        <source>Pinjaman {loan} lunas.</source>
        <translation>Loan {loan} is paid off.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="200"/>
        <source>Sisa pokok {amount}.</source>
        <translation>Outstanding {amount}.</translation>
    </message>
</context>
<context>
    <name>LoanProductDialog</name>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="144"/>
        <source>Produk Pinjaman Baru</source>
        <translation>New Loan Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="145"/>
        <source>Ubah Produk {code}</source>
        <translation>Edit Product {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="159"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="161"/>
        <source>% per bulan</source>
        <translation>% per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="161"/>
        <source>% per tahun</source>
        <translation>% per year</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="164"/>
        <source>tanpa (rupiah)</source>
        <translation>none (rupiah)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="166"/>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="171"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="166"/>
        <source>persen dari pokok</source>
        <translation>percent of principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="167"/>
        <source>rupiah tetap</source>
        <translation>fixed rupiah</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="172"/>
        <source>persen per bulan terlambat</source>
        <translation>percent per month late</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="173"/>
        <source>rupiah per hari terlambat</source>
        <translation>rupiah per day late</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="180"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="184"/>
        <source>kosong: tanpa batas; 3 = 3 × simpanan</source>
        <translation>empty: no limit; 3 = 3 × savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="188"/>
        <source>Aktif: bisa dipilih untuk pengajuan</source>
        <translation>Active: can be chosen for applications</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="192"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="193"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="194"/>
        <source>Plafon minimum (Rp)</source>
        <translation>Minimum amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="195"/>
        <source>Plafon maksimum (Rp)</source>
        <translation>Maximum amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="196"/>
        <source>Jangka minimum</source>
        <translation>Minimum term</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="197"/>
        <source>Jangka maksimum</source>
        <translation>Maximum term</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="198"/>
        <source>Kelipatan simpanan</source>
        <translation>Savings multiple</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="199"/>
        <source>Pinjaman per anggota</source>
        <translation>Loans per member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="204"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="205"/>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="206"/>
        <source>Pembulatan angsuran</source>
        <translation>Installment rounding</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="207"/>
        <source>Biaya administrasi</source>
        <translation>Admin fee</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="208"/>
        <source>Besar biaya (% atau Rp)</source>
        <translation>Fee (% or Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="209"/>
        <source>Cara bayar biaya</source>
        <translation>Fee paid by</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="210"/>
        <source>Denda</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="211"/>
        <source>Denda % per bulan</source>
        <translation>Penalty % per month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="212"/>
        <source>Denda per hari (Rp)</source>
        <translation>Penalty per day (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="213"/>
        <source>Masa tenggang</source>
        <translation>Grace period</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="214"/>
        <source>Pelunasan sebagian</source>
        <translation>Part prepayment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="215"/>
        <source>Pelunasan dipercepat</source>
        <translation>Early settlement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="224"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="226"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="304"/>
        <source>Contoh {amount}, {term} bulan: angsuran {installment} · {effective}</source>
        <translation>Example {amount}, {term} months: installment {installment} · {effective}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="311"/>
        <source>Plafon harus rupiah bulat.</source>
        <translation>The limits must be whole rupiah.</translation>
    </message>
</context>
<context>
    <name>LoanRecoveryDialog</name>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="259"/>
        <source>Pemulihan Pinjaman Dihapus Buku</source>
        <translation>Recovery on a Written-off Loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="260"/>
        <source>Tagihan tersisa {amount}</source>
        <translation>Claim left {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="265"/>
        <source>Jumlah diterima (Rp)</source>
        <translation>Amount received (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="267"/>
        <source>Cara</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="269"/>
        <source>Dicatat sebagai pendapatan lain; pinjaman tetap berstatus dihapus buku.</source>
        <translation>Recorded as other income; the loan stays written off.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="270"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="276"/>
        <source>Isi jumlah yang diterima dalam rupiah bulat.</source>
        <translation>Enter the amount received in whole rupiah.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="283"/>
        <source>Pemulihan {amount} tercatat dengan nomor {number}; tagihan tersisa {left}.</source>
        <translation>Recovery of {amount} recorded as {number}; claim left {left}.</translation>
    </message>
</context>
<context>
    <name>LoanSettlementDialog</name>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="207"/>
        <source>Pelunasan Pinjaman</source>
        <translation>Loan Settlement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="212"/>
        <source>Sisa pokok</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="212"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="212"/>
        <source>Denda</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="213"/>
        <source>Bunga dihapuskan</source>
        <translation>Interest waived</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="213"/>
        <source>Jumlah pelunasan</source>
        <translation>Settlement amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="223"/>
        <source>Bunga yang belum jatuh tempo dihitung menurut aturan produk: {rule}. Denda dan bunga yang sudah jatuh tempo dibayar penuh.</source>
        <translation>Interest not yet due is charged by the product&apos;s rule: {rule}. Penalties and interest already due are paid in full.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="228"/>
        <source>Cara</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="230"/>
        <source>Lunasi (Enter)</source>
        <translation>Settle (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="242"/>
        <source>Lunasi {amount} (Enter)</source>
        <translation>Settle {amount} (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_payment_dialogs.py" line="251"/>
        <source>Pinjaman {loan} lunas: {amount} tercatat dengan nomor {number}.</source>
        <translation>Loan {loan} paid off: {amount} recorded as {number}.</translation>
    </message>
</context>
<context>
    <name>LoanWizard</name>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="53"/>
        <source>Ajukan Pinjaman</source>
        <translation>Apply for a Loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="78"/>
        <source>Ajukan (Enter)</source>
        <translation>Apply (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="95"/>
        <source>Belum ada produk pinjaman aktif. Pengurus membuatnya di tab Produk.</source>
        <translation>There is no active loan product yet. A board member creates one on the Products tab.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="97"/>
        <source>Pengajuan pinjaman dicatat oleh pengurus atau bendahara.</source>
        <translation>Loan applications are entered by a board member or the treasurer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="113"/>
        <source>Cari anggota: nomor atau nama…</source>
        <translation>Find the member: number or name…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="116"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="117"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="118"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="124"/>
        <source>Belum ada anggota dipilih.</source>
        <translation>No member chosen yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="136"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="141"/>
        <source>Jumlah pinjaman (Rp)</source>
        <translation>Loan amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="143"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="144"/>
        <source>Jangka waktu</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="147"/>
        <source>mis. modal warung, pupuk, biaya sekolah</source>
        <translation>e.g. shop capital, fertiliser, school fees</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="148"/>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="151"/>
        <source>boleh kosong; mis. BPKB motor</source>
        <translation>optional; e.g. motorcycle title (BPKB)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="152"/>
        <source>Jaminan</source>
        <translation>Collateral</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="155"/>
        <source>nomor anggota penjamin (boleh kosong)</source>
        <translation>guarantor&apos;s member number (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="156"/>
        <source>Penjamin</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="159"/>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="160"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="172"/>
        <source>Simulasi angsuran</source>
        <translation>Repayment preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="186"/>
        <source>Ke</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="187"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="188"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="189"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="190"/>
        <source>Angsuran</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="191"/>
        <source>Sisa pokok</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="198"/>
        <source>Jatuh tempo dihitung seolah dicairkan hari ini; jadwal sebenarnya dibuat saat pencairan.</source>
        <translation>Due dates as if disbursed today; the real schedule is made at disbursement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="234"/>
        <source>{number} · {name} · simpanan {savings} · {count} pinjaman berjalan/diajukan</source>
        <translation>{number} · {name} · savings {savings} · {count} loans running/applied for</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="265"/>
        <source>paling banyak {multiple} × simpanan = {limit} untuk anggota ini</source>
        <translation>at most {multiple} × savings = {limit} for this member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="268"/>
        <source>paling banyak {multiple} × simpanan anggota</source>
        <translation>at most {multiple} × the member&apos;s savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="270"/>
        <source>{count} pinjaman berjalan per anggota</source>
        <translation>{count} running loans per member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="289"/>
        <source>Jumlah harus rupiah bulat, mis. 5.000.000.</source>
        <translation>The amount must be whole rupiah, e.g. 5.000.000.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="315"/>
        <source>Bunga {rate}</source>
        <translation>Interest {rate}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="319"/>
        <source>Angsuran {amount} per bulan</source>
        <translation>Installment {amount} a month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="321"/>
        <source>Total bunga {interest} · total dibayar {total} dalam {term} bulan</source>
        <translation>Total interest {interest} · total repaid {total} over {term} months</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="325"/>
        <source>{fee}: diterima anggota {net}</source>
        <translation>{fee}: the member receives {net}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="352"/>
        <source>Pilih anggota yang mengajukan.</source>
        <translation>Choose the member who applies.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="355"/>
        <source>Tujuan pinjaman wajib diisi.</source>
        <translation>The loan&apos;s purpose is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="358"/>
        <source>Isi jumlah pinjaman dalam rupiah bulat.</source>
        <translation>Enter the loan amount in whole rupiah.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="376"/>
        <source>Pengajuan {number} tercatat: {amount} untuk {name}, {term} bulan.
Menunggu persetujuan pengurus.</source>
        <translation>Application {number} recorded: {amount} for {name}, {term} months.
Awaiting a board member&apos;s approval.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_wizard.py" line="381"/>
        <source>Pengajuan tercatat</source>
        <translation>Application recorded</translation>
    </message>
</context>
<context>
    <name>Loans</name>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="44"/>
        <source>Anda sendiri yang mencatat pengajuan ini. Aturan empat mata: pengajuan harus disetujui atau ditolak pengurus lain.</source>
        <translation>You entered this application yourself. Four-eyes rule: another board member must approve or reject it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="26"/>
        <source>Diajukan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="27"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="28"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="29"/>
        <source>Berjalan</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="30"/>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="31"/>
        <source>Direstrukturisasi</source>
        <translation>Rescheduled</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="32"/>
        <source>Dihapus buku</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="38"/>
        <source>Lancar</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="39"/>
        <source>Dalam Perhatian Khusus</source>
        <translation>Special Mention</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="40"/>
        <source>Kurang Lancar</source>
        <translation>Substandard</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="41"/>
        <source>Diragukan</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="42"/>
        <source>Macet</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="54"/>
        <source>Flat</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="55"/>
        <source>Anuitas</source>
        <translation>Annuity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="56"/>
        <source>Menurun (efektif)</source>
        <translation>Declining balance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="59"/>
        <source>dipotong saat pencairan</source>
        <translation>deducted at disbursement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="60"/>
        <source>dibayar tunai saat pencairan</source>
        <translation>paid in cash at disbursement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="63"/>
        <source>mengurangi jangka waktu</source>
        <translation>shortens the term</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="64"/>
        <source>mengurangi angsuran</source>
        <translation>lowers the installment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="67"/>
        <source>tanpa bunga sisa</source>
        <translation>no remaining interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="68"/>
        <source>bunga bulan berjalan</source>
        <translation>the current month&apos;s interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="69"/>
        <source>seluruh sisa bunga</source>
        <translation>all remaining interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="72"/>
        <source>Sehat</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="73"/>
        <source>Cukup sehat</source>
        <translation>Fairly healthy</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="74"/>
        <source>Tidak sehat</source>
        <translation>Unhealthy</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="165"/>
        <source>%/bulan</source>
        <translation>%/month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="166"/>
        <source>%/tahun</source>
        <translation>%/year</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="177"/>
        <source>Bunga flat {rate}{per} setara efektif ±{effective}%/tahun</source>
        <translation>Flat interest {rate}{per} equals an effective ±{effective}%/year</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="179"/>
        <source>Bunga {method} {rate}{per} · efektif {effective}%/tahun</source>
        <translation>{method} interest {rate}{per} · effective {effective}%/year</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="186"/>
        <source>tanpa biaya administrasi</source>
        <translation>no admin fee</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="190"/>
        <source>biaya adm. {amount}, {mode}</source>
        <translation>admin fee {amount}, {mode}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="197"/>
        <source>denda {pct}% per bulan terlambat</source>
        <translation>penalty {pct}% per month late</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="200"/>
        <source>denda {amount} per hari</source>
        <translation>penalty {amount} per day</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="203"/>
        <source>tanpa denda</source>
        <translation>no penalty</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="205"/>
        <source>, tenggang {days} hari</source>
        <translation>, {days} days&apos; grace</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_labels.py" line="210"/>
        <source>Plafon {low} – {high} · jangka {min_term}–{max_term} bulan</source>
        <translation>Limit {low} – {high} · term {min_term}–{max_term} months</translation>
    </message>
</context>
<context>
    <name>LoansTab</name>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="86"/>
        <source>Cari nama atau nomor anggota, atau nomor pinjaman…</source>
        <translation>Search member name or number, or loan number…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="89"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="128"/>
        <source>Ajukan Pinjaman</source>
        <translation>Apply for a Loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="129"/>
        <source>Catat pengajuan pinjaman baru (Ctrl+N)</source>
        <translation>Enter a new loan application (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="131"/>
        <source>Kartu Pinjaman (PDF)</source>
        <translation>Loan Card (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="132"/>
        <source>Syarat, jadwal angsuran dengan yang sudah dibayar, dan pembayaran</source>
        <translation>Terms, the repayment schedule with what is paid, and the payments</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="133"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="134"/>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="135"/>
        <source>Cairkan</source>
        <translation>Disburse</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="136"/>
        <source>Bayar Angsuran</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="137"/>
        <source>Terima angsuran pinjaman ini (F5)</source>
        <translation>Take a repayment on this loan (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="138"/>
        <source>Pelunasan</source>
        <translation>Settle</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="139"/>
        <source>Restrukturisasi</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="140"/>
        <source>Hapus Buku</source>
        <translation>Write Off</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="141"/>
        <source>Pemulihan</source>
        <translation>Recovery</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="190"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="191"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="192"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="193"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="194"/>
        <source>Sisa pokok</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="196"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="197"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="198"/>
        <source>Kolektibilitas</source>
        <translation>Collectibility</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="218"/>
        <source>{count} pinjaman</source>
        <translation>{count} loans</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="342"/>
        <source>Simpan kartu pinjaman</source>
        <translation>Save the loan card</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="344"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="359"/>
        <source>Kartu pinjaman tersimpan di {path}.</source>
        <translation>Loan card saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="361"/>
        <source>PDF siap</source>
        <translation>PDF ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="361"/>
        <source>Buka sekarang?</source>
        <translation>Open it now?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_page.py" line="362"/>
        <source>Buka PDF</source>
        <translation>Open PDF</translation>
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
    <name>LpgLogbookTab</name>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="43"/>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="48"/>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="61"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="49"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="50"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="51"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="52"/>
        <source>Jenis pembeli</source>
        <translation>Buyer type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="53"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="54"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="55"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="56"/>
        <source>Nomor penjualan</source>
        <translation>Sale number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="70"/>
        <source>NIK disamarkan di layar. Berkas CSV berisi NIK lengkap untuk aplikasi merchant Pertamina; setiap ekspor dicatat di log audit.</source>
        <translation>NIKs are masked on screen. The CSV file holds full NIKs for Pertamina&apos;s merchant app; every export is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="93"/>
        <source>{sales} penjualan · {qty} tabung</source>
        <translation>{sales} sales · {qty} cylinders</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="101"/>
        <source>Ekspor logbook LPG</source>
        <translation>Export LPG logbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="102"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="108"/>
        <source>Ekspor data pribadi</source>
        <translation>Export personal data</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="109"/>
        <source>Berkas {file} akan berisi NIK lengkap dan nama {count} pembeli. Ini data pribadi: simpan hanya untuk aplikasi merchant Pertamina, lalu hapus. Ekspor akan dicatat di log audit.</source>
        <translation>The file {file} will hold the full NIKs and names of {count} buyers. This is personal data: keep it only for Pertamina&apos;s merchant app, then delete it. The export will be recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="113"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="136"/>
        <source>Berkas {path} tidak bisa ditulis: {error}.</source>
        <translation>The file {path} could not be written: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lpg_tab.py" line="142"/>
        <source>{count} baris diekspor ke {path}.</source>
        <translation>{count} rows exported to {path}.</translation>
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
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Cadangan terakhir: {when}</source>
        <translation>Last backup: {when}</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="206"/>
        <source>Cocokkan baris settlement #{id}</source>
        <translation>Match settlement row #{id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="208"/>
        <source>&lt;b&gt;Baris #{id}&lt;/b&gt; · {amount} · ref {reference} · {when}&lt;br&gt;{file} (baris {no}) {text}</source>
        <translation>&lt;b&gt;Row #{id}&lt;/b&gt; · {amount} · ref {reference} · {when}&lt;br&gt;{file} (row {no}) {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="215"/>
        <source>Penjualan</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="216"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="217"/>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="219"/>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="220"/>
        <source>Dikonfirmasi kasir</source>
        <translation>Confirmed at the till</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="221"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="221"/>
        <source>kandidat</source>
        <translation>candidate</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="227"/>
        <source>pilih di daftar atau ketik nomor penjualan, mis. PJ-20261123-0042</source>
        <translation>pick from the list or type a sale number, e.g. PJ-20261123-0042</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="230"/>
        <source>Cocokkan…</source>
        <translation>Match…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="232"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="239"/>
        <source>Pembayaran QRIS yang belum settle (kandidat dulu, lalu jumlah terdekat):</source>
        <translation>QRIS payments not yet settled (candidates first, then the nearest amount):</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="242"/>
        <source>Nomor penjualan</source>
        <translation>Sale number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="246"/>
        <source>Jumlah harus sama dengan pembayaran; baris bersih (mutasi bank) boleh sampai 3% di bawahnya, selisihnya menjadi MDR. Satu jurnal settlement (Kas di Bank dan Beban MDR terhadap Piutang QRIS) akan diposting.</source>
        <translation>The amount must equal the payment; a net row (bank statement) may be up to 3% below it, the difference being the MDR. One settlement journal (Cash in Bank and MDR Expense against QRIS Receivable) will be posted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="280"/>
        <source>Cocokkan dan posting jurnal?</source>
        <translation>Match and post the journal?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="281"/>
        <source>Cocokkan baris #{id} ({amount}, ref {reference}) dengan penjualan {sale}?

Jurnal settlement akan diposting. Bila ternyata salah, batalkan dengan Batalkan pencocokan (jurnal balik).</source>
        <translation>Match row #{id} ({amount}, ref {reference}) with sale {sale}?

A settlement journal will be posted. If it turns out wrong, undo it with Undo match (a reversing journal).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="285"/>
        <source>Cocokkan dan posting</source>
        <translation>Match and post</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="125"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="126"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="127"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="128"/>
        <source>Batas kasbon</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="129"/>
        <source>Kasbon tersedia</source>
        <translation>Credit available</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="131"/>
        <source>Anggota (F4)</source>
        <translation>Member (F4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="133"/>
        <source>Nomor anggota, nama, atau pindai kartu anggota…</source>
        <translation>Member number, name, or scan the member card…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="136"/>
        <source>Sekarang: &lt;b&gt;{no}&lt;/b&gt; {name}</source>
        <translation>Now: &lt;b&gt;{no}&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="137"/>
        <source>Lepas anggota</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="144"/>
        <source>Harga anggota berlaku untuk seluruh keranjang. Enter memilih.</source>
        <translation>Member prices apply to the whole cart. Enter selects.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="146"/>
        <source>Pilih anggota (Enter)</source>
        <translation>Choose member (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="166"/>
        <source>Anggota “{text}” tidak ditemukan.</source>
        <translation>Member “{text}” not found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="169"/>
        <source>{name} bukan anggota aktif.</source>
        <translation>{name} is not an active member.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="99"/>
        <source>Daftar Anggota Baru</source>
        <translation>Register New Member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="101"/>
        <source>Ubah Data Anggota {number}</source>
        <translation>Edit Member {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="106"/>
        <source>16 angka dari KTP</source>
        <translation>16 digits from the ID card</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="119"/>
        <source>— dari NIK —</source>
        <translation>— from the NIK —</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="124"/>
        <source>mis. petani, pedagang, guru</source>
        <translation>e.g. farmer, trader, teacher</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="127"/>
        <source>0812xxxxxxxx</source>
        <translation>0812xxxxxxxx</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="130"/>
        <source>jalan/kampung dan nomor rumah</source>
        <translation>street/hamlet and house number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="147"/>
        <source>Pilih foto…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="148"/>
        <source>JPEG/PNG; diperkecil otomatis sampai ≤ 512 KB.</source>
        <translation>JPEG/PNG; shrunk automatically to ≤ 512 KB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="155"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="163"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="165"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="166"/>
        <source>Tempat, tgl lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="167"/>
        <source>Jenis kelamin</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="168"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="169"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="179"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="180"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="181"/>
        <source>Dusun</source>
        <translation>Hamlet (dusun)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="182"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="183"/>
        <source>Tanggal masuk</source>
        <translation>Join date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="184"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="195"/>
        <source>Daftarkan</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="195"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="197"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="214"/>
        <source>Nomor anggota dan tanggal masuk tidak bisa diubah. Setiap perubahan dicatat di log audit.</source>
        <translation>The member number and join date cannot be changed. Every change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="252"/>
        <source>Simpanan pokok {amount} dibayar:</source>
        <translation>Principal savings {amount} paid:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="255"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="256"/>
        <source>Transfer bank</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="257"/>
        <source>Belum bayar (masuk daftar tunggakan)</source>
        <translation>Not yet paid (goes on the arrears list)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="259"/>
        <source>Simpanan pokok tidak diatur.</source>
        <translation>No principal savings is set.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="311"/>
        <source>{count} dari 16 angka</source>
        <translation>{count} of 16 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="330"/>
        <source>Tanggal lahir tidak cocok dengan NIK (NIK: {day}).</source>
        <translation>The birth date does not match the NIK (NIK: {day}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="334"/>
        <source>Jenis kelamin tidak cocok dengan NIK (NIK: {gender}).</source>
        <translation>The gender does not match the NIK (NIK: {gender}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="339"/>
        <source>NIK sah · kode wilayah {region} · lahir {day} · {gender}</source>
        <translation>Valid NIK · region code {region} · born {day} · {gender}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="347"/>
        <source>Tanggal lahir dan jenis kelamin diisi dari NIK.</source>
        <translation>The birth date and gender are filled in from the NIK.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="352"/>
        <source>Pilih foto anggota</source>
        <translation>Choose the member&apos;s photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="353"/>
        <source>Gambar (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="360"/>
        <source>{file} bukan gambar yang bisa dibaca.</source>
        <translation>{file} is not a readable image.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="365"/>
        <source>Foto {file} tidak bisa diperkecil sampai 512 KB.</source>
        <translation>The photo {file} cannot be shrunk to 512 KB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_dialogs.py" line="370"/>
        <source>Foto baru: {size} KB.</source>
        <translation>New photo: {size} KB.</translation>
    </message>
</context>
<context>
    <name>MemberLabels</name>
    <message>
        <location filename="../../app/ui/pages/member_labels.py" line="32"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_labels.py" line="33"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>MemberLoansBox</name>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="35"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="42"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="43"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="44"/>
        <source>Cair</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="45"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="46"/>
        <source>Jangka</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="46"/>
        <source>{n} bln</source>
        <translation>{n} mo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="47"/>
        <source>Sisa pokok</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="49"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="50"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="89"/>
        <source>Belum pernah meminjam.</source>
        <translation>Has never borrowed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="92"/>
        <source>{count} pinjaman berjalan, sisa pokok {amount}</source>
        <translation>{count} running loans, outstanding {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="95"/>
        <source>{count} menunggu persetujuan/pencairan</source>
        <translation>{count} awaiting approval/disbursement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_member_box.py" line="99"/>
        <source>menunggak {days} hari ({quality})</source>
        <translation>{days} days in arrears ({quality})</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="49"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="52"/>
        <source>Daftar Anggota</source>
        <translation>Member List</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="53"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
</context>
<context>
    <name>MemberPrinting</name>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="63"/>
        <source>Cetak Kartu</source>
        <translation>Print Cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="65"/>
        <source>Kartu anggota ini…</source>
        <translation>This member&apos;s card…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="66"/>
        <source>Semua anggota aktif (lembar A4)…</source>
        <translation>All active members (A4 sheets)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="70"/>
        <source>Rekening Koran</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="71"/>
        <source>Rekening koran simpanan anggota ini untuk satu bulan (PDF)</source>
        <translation>This member&apos;s savings statement for one month (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="80"/>
        <source>Anggota ini…</source>
        <translation>This member…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="81"/>
        <source>Rekening Koran Bulanan (semua anggota)…</source>
        <translation>Monthly statements (all members)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="83"/>
        <source>Rekening koran anggota ini, atau semua anggota aktif untuk satu bulan (PDF)</source>
        <translation>This member&apos;s statement, or every active member&apos;s for one month (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="105"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="114"/>
        <source>Simpan kartu anggota</source>
        <translation>Save member cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="123"/>
        <source>Kartu anggota tersimpan di {path}.</source>
        <translation>Member cards saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="137"/>
        <source>Simpan rekening koran</source>
        <translation>Save statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="147"/>
        <source>Rekening koran tersimpan di {path}.</source>
        <translation>Statement saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="165"/>
        <source>PDF siap</source>
        <translation>PDF ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="166"/>
        <source>Buka sekarang?</source>
        <translation>Open it now?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="167"/>
        <source>Buka PDF</source>
        <translation>Open PDF</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="73"/>
        <source>Cari nama, nomor, NIK atau HP…</source>
        <translation>Search name, number, NIK or mobile…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="76"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="115"/>
        <source>Daftar Anggota Baru</source>
        <translation>Register New Member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="116"/>
        <source>Daftarkan anggota baru (Ctrl+N)</source>
        <translation>Register a new member (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="117"/>
        <source>Ubah Data</source>
        <translation>Edit Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="118"/>
        <source>Setor/Tarik Simpanan</source>
        <translation>Deposit/Withdraw Savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="119"/>
        <source>Setoran atau penarikan simpanan anggota ini (F5)</source>
        <translation>Deposit or withdraw this member&apos;s savings (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="120"/>
        <source>Keluar dari Keanggotaan</source>
        <translation>End Membership</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="169"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="170"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="171"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="172"/>
        <source>Masuk</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="174"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="175"/>
        <source>Wajib</source>
        <translation>Compulsory</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="176"/>
        <source>Sukarela</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="177"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="196"/>
        <source>{count} anggota</source>
        <translation>{count} members</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="276"/>
        <source>{name} terdaftar sebagai anggota {number}.</source>
        <translation>{name} is registered as member {number}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="289"/>
        <source>Data anggota {number} tersimpan.</source>
        <translation>Member {number} saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_page.py" line="321"/>
        <source>{name} tercatat {status}; simpanan {amount} dikembalikan{journal}.</source>
        <translation>{name} is recorded as {status}; savings of {amount} paid out{journal}.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../app/ui/navigation.py" line="119"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="122"/>
        <source>Kasir</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="125"/>
        <source>Persediaan</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="128"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="131"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="135"/>
        <source>Jurnal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="138"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="141"/>
        <source>Rekonsiliasi QRIS</source>
        <translation>QRIS Reconciliation</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="144"/>
        <source>SHU</source>
        <translation>SHU</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="147"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="150"/>
        <source>Antrean Cetak</source>
        <translation>Print Queue</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="153"/>
        <source>Log Audit</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <location filename="../../app/ui/navigation.py" line="156"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>OpenShiftPanel</name>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="88"/>
        <source>Buka shift (Enter)</source>
        <translation>Open shift (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="97"/>
        <source>Belum ada shift terbuka di {till}</source>
        <translation>No shift is open on {till}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="98"/>
        <source>Hitung uang di laci kas, lalu isi modal awalnya (uang kembalian). Penjualan baru bisa dicatat setelah shift dibuka.</source>
        <translation>Count the money in the cash drawer and enter the opening float (change money). Sales can be recorded once the shift is open.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="100"/>
        <source>Modal awal laci (Rp)</source>
        <translation>Opening float (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="116"/>
        <source>Modal awal harus rupiah bulat.</source>
        <translation>The opening float must be whole rupiah.</translation>
    </message>
</context>
<context>
    <name>Outlet</name>
    <message>
        <location filename="../../app/ui/outlet.py" line="27"/>
        <source>pg_dump (PostgreSQL)</source>
        <translation>pg_dump (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outlet.py" line="30"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="76"/>
        <source>Pembayaran</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="85"/>
        <source>Total belanja</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="91"/>
        <source>Anggota: {no} {name} · kasbon tersedia {available}</source>
        <translation>Member: {no} {name} · credit available {available}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="93"/>
        <source>Bukan anggota (F4 untuk memilih anggota)</source>
        <translation>Not a member (F4 to choose a member)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="111"/>
        <source>nomor referensi</source>
        <translation>reference number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="130"/>
        <source>Sisa dibayar tunai</source>
        <translation>Left to pay in cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="131"/>
        <source>Kembalian</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="134"/>
        <source>Bayar (Enter)</source>
        <translation>Pay (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="146"/>
        <source>Pembeli barang bersubsidi (LPG 3 kg)</source>
        <translation>Buyer of subsidised goods (LPG 3 kg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="151"/>
        <source>16 angka NIK pembeli</source>
        <translation>buyer&apos;s 16-digit NIK</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="155"/>
        <source>— pilih jenis pembeli —</source>
        <translation>— choose buyer type —</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="161"/>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="162"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="164"/>
        <source>Jenis pembeli</source>
        <translation>Buyer type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="165"/>
        <source>Nama pembeli</source>
        <translation>Buyer name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="173"/>
        <source>Hanya untuk anggota: pilih anggota dahulu (F4).</source>
        <translation>Members only: choose a member first (F4).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="175"/>
        <source>Sisa batas kasbon {available}</source>
        <translation>Credit limit left {available}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="177"/>
        <source>Semua kasbon</source>
        <translation>All on credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="191"/>
        <source>QRIS gerai belum diatur (Pengaturan &gt; QRIS).</source>
        <translation>The outlet&apos;s QRIS is not set up yet (Settings &gt; QRIS).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="193"/>
        <source>Kode QR tampil setelah Bayar; referensi diisi setelah dana masuk.</source>
        <translation>The QR code appears after Pay; the reference is entered once the money has arrived.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="194"/>
        <source>Sisanya QRIS (Alt+Q)</source>
        <translation>Rest by QRIS (Alt+Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="244"/>
        <source>Jumlah tidak sah</source>
        <translation>Invalid amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="246"/>
        <source>Melebihi total {over}</source>
        <translation>Exceeds the total by {over}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="251"/>
        <source>Kurang {short}</source>
        <translation>Short {short}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="273"/>
        <source>Uang pas {amount}</source>
        <translation>Exact {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="290"/>
        <source>{n}/16 angka</source>
        <translation>{n}/16 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="297"/>
        <source>NIK {masked} ✓</source>
        <translation>NIK {masked} ✓</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="309"/>
        <source>Isi jumlah bayar dalam rupiah bulat.</source>
        <translation>Enter payment amounts in whole rupiah.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="321"/>
        <source>Pembayaran belum cukup: lihat kekurangannya.</source>
        <translation>The payment is not enough yet: see what is short.</translation>
    </message>
</context>
<context>
    <name>PendingQrisDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="32"/>
        <source>QRIS menunggu (F1)</source>
        <translation>QRIS waiting (F1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="38"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="39"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="40"/>
        <source>Kasir</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="41"/>
        <source>Petugas</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="42"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="43"/>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="44"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="51"/>
        <source>Tidak ada penjualan yang menunggu pembayaran QRIS.</source>
        <translation>No sales are waiting for QRIS payment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="55"/>
        <source>mis. pembeli tidak jadi membayar</source>
        <translation>e.g. the buyer did not pay after all</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="66"/>
        <source>Penjualan menunggu pembayaran QRIS</source>
        <translation>Sales waiting for QRIS payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="67"/>
        <source>Semua kasir. ↑/↓ memilih, Enter: konfirmasi (kode QR tampil lagi), Alt+B: batalkan penjualan, Esc: tutup. Shift tidak bisa ditutup selama penjualannya masih menunggu.</source>
        <translation>All tills. ↑/↓ choose, Enter: confirm (the QR code shows again), Alt+B: cancel the sale, Esc: close. A shift cannot close while any of its sales is waiting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="74"/>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="155"/>
        <source>Konfirmasi (Enter)</source>
        <translation>Confirm (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="74"/>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="156"/>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="76"/>
        <source>Batalkan penjualan (Alt+B)</source>
        <translation>Cancel sale (Alt+B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="118"/>
        <source>Pilih penjualan yang menunggu.</source>
        <translation>Choose a waiting sale.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="126"/>
        <source>Tahan (F6) atau selesaikan keranjang sekarang sebelum menyelesaikan QRIS yang menunggu.</source>
        <translation>Hold (F6) or finish the current cart before completing a waiting QRIS sale.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="139"/>
        <source>&lt;b&gt;Batalkan penjualan {number} ({total})?&lt;/b&gt; Tulis alasannya, lalu Enter. Esc: kembali.</source>
        <translation>&lt;b&gt;Cancel sale {number} ({total})?&lt;/b&gt; Type the reason, then Enter. Esc: back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="145"/>
        <source>Batalkan penjualan (Enter)</source>
        <translation>Cancel sale (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="146"/>
        <source>Kembali (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_pending.py" line="163"/>
        <source>Penjualan {number} dibatalkan.</source>
        <translation>Sale {number} cancelled.</translation>
    </message>
</context>
<context>
    <name>PeriodsTab</name>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="29"/>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="167"/>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="169"/>
        <source>Tutup Bulan</source>
        <translation>Close Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="30"/>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="179"/>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="181"/>
        <source>Buka Kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="31"/>
        <source>Tutup Tahun…</source>
        <translation>Close Year…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="40"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="41"/>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="42"/>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="43"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="47"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="56"/>
        <source>&lt;b&gt;Bulan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Months&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="66"/>
        <source>&lt;b&gt;Tahun buku&lt;/b&gt;</source>
        <translation>&lt;b&gt;Financial years&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="83"/>
        <source>Menutup sebuah bulan mengunci bulan itu dan semua bulan sebelumnya: jurnal bertanggal di dalamnya ditolak. Hanya admin yang bisa membuka kembali, mulai dari bulan terakhir yang ditutup. Tutup Tahun memindah pendapatan dan beban setahun ke 3105 SHU Tahun Berjalan, sesudah Desember ditutup.</source>
        <translation>Closing a month locks it and every month before it: journals dated in them are refused. Only the admin can reopen, starting from the latest closed month. Close Year moves the year&apos;s income and expenses to 3105 SHU Tahun Berjalan, once December is closed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="100"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="101"/>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="106"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="101"/>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="106"/>
        <source>Berjalan</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="105"/>
        <source>Ditutup ({journal})</source>
        <translation>Closed ({journal})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="120"/>
        <source>Buku ditutup s.d. &lt;b&gt;{month}&lt;/b&gt; · hari ini {today}</source>
        <translation>Books closed through &lt;b&gt;{month}&lt;/b&gt; · today {today}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="122"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="168"/>
        <source>Tutup buku {month}? Jurnal bertanggal s.d. akhir {month} akan ditolak; membukanya kembali hanya bisa oleh admin.</source>
        <translation>Close the books of {month}? Journals dated up to the end of {month} will be refused; only the admin can reopen it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="171"/>
        <source>{month} ditutup.</source>
        <translation>{month} closed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="180"/>
        <source>Buka kembali {month}? Jurnal bertanggal di bulan itu bisa dicatat lagi. Tindakan ini tercatat di log audit.</source>
        <translation>Reopen {month}? Journals dated in that month can be posted again. This is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="183"/>
        <source>{month} dibuka kembali.</source>
        <translation>{month} reopened.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_periods_tab.py" line="206"/>
        <source>Tahun {year} ditutup ({journal}): {shu} dipindah ke 3105 SHU Tahun Berjalan.</source>
        <translation>Year {year} closed ({journal}): {shu} moved to 3105 SHU Tahun Berjalan.</translation>
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
    <name>PriceDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="60"/>
        <source>Harga / diskon baris</source>
        <translation>Line price / discount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="69"/>
        <source>mis. kemasan penyok, harga promo</source>
        <translation>e.g. dented package, promotion price</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="74"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {qty} {unit} · harga biasa {price}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {qty} {unit} · regular price {price}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="80"/>
        <source>HET: {het}</source>
        <translation>Price ceiling (HET): {het}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="82"/>
        <source>Harga satuan</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="83"/>
        <source>Diskon baris (Rp)</source>
        <translation>Line discount (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="84"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="85"/>
        <source>Jumlah baris</source>
        <translation>Line amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="89"/>
        <source>Setujui (Enter)</source>
        <translation>Approve (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="99"/>
        <source>Isi harga dan diskon dalam rupiah bulat.</source>
        <translation>Enter the price and discount in whole rupiah.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="116"/>
        <source>Tulis alasan perubahan harga atau diskon.</source>
        <translation>Write the reason for the price change or discount.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="118"/>
        <source>Harga/diskon {name}: {reason}</source>
        <translation>Price/discount {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>PrintJobsPage</name>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="36"/>
        <source>Komputer ini ({station})</source>
        <translation>This computer ({station})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="37"/>
        <source>Semua komputer</source>
        <translation>All computers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="39"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="43"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="45"/>
        <source>Komputer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="48"/>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="54"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="55"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="56"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="57"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="59"/>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="60"/>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="61"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="72"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="73"/>
        <source>Cetak sekarang</source>
        <translation>Print now</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="74"/>
        <source>Coba lagi</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="75"/>
        <source>Batalkan</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="83"/>
        <source>Antrean Cetak</source>
        <translation>Print Queue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="85"/>
        <source>Struk dan slip dicetak lewat antrean: penjualan tetap tersimpan walau printer mati atau kertas habis. Tugas yang gagal dicoba lagi otomatis beberapa kali; setelah itu pilih Coba lagi atau Batalkan.</source>
        <translation>Receipts and slips are printed through a queue: sales stay saved even when the printer is off or out of paper. A failed job is retried automatically a few times; after that choose Retry or Cancel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="139"/>
        <source>Printer {station}: {uri}</source>
        <translation>Printer {station}: {uri}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="141"/>
        <source>Printer {station} belum diatur (Pengaturan &gt; Printer): tugas menunggu di antrean.</source>
        <translation>No printer set up for {station} (Settings &gt; Printer): jobs wait in the queue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="169"/>
        <source>Pilih tugas cetak.</source>
        <translation>Select a print job.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="172"/>
        <source>#{id} {title} · {status} · {n} percobaan</source>
        <translation>#{id} {title} · {status} · {n} attempts</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="175"/>
        <source>dibuat oleh {user} di {station}</source>
        <translation>made by {user} on {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="199"/>
        <source>Tugas #{id} ({title}) masuk antrean lagi.</source>
        <translation>Job #{id} ({title}) is back in the queue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="208"/>
        <source>Batalkan tugas cetak</source>
        <translation>Cancel print job</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="209"/>
        <source>Batalkan tugas #{id} ({title})? Tugas ini tidak akan dicetak; pembatalan dicatat di log audit.</source>
        <translation>Cancel job #{id} ({title})? It will not be printed; the cancellation is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="211"/>
        <source>Batalkan tugas</source>
        <translation>Cancel job</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="219"/>
        <source>Tugas #{id} ({title}) dibatalkan.</source>
        <translation>Job #{id} ({title}) cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="231"/>
        <source>Mengirim tugas #{id} ke printer…</source>
        <translation>Sending job #{id} to the printer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_jobs_page.py" line="238"/>
        <source>Tugas #{id} ({title}) tercetak.</source>
        <translation>Job #{id} ({title}) printed.</translation>
    </message>
</context>
<context>
    <name>PrintLabels</name>
    <message>
        <location filename="../../app/ui/pages/print_labels.py" line="15"/>
        <source>Struk</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_labels.py" line="16"/>
        <source>Struk salinan</source>
        <translation>Receipt copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_labels.py" line="17"/>
        <source>Laporan shift</source>
        <translation>Shift report</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_labels.py" line="18"/>
        <source>Slip</source>
        <translation>Slip</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_labels.py" line="19"/>
        <source>Bukti LPG</source>
        <translation>LPG slip</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_labels.py" line="20"/>
        <source>Halaman uji</source>
        <translation>Test page</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_labels.py" line="27"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_labels.py" line="28"/>
        <source>Mencetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_labels.py" line="29"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_labels.py" line="30"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_labels.py" line="31"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_labels.py" line="38"/>
        <source>Gagal, dicoba lagi</source>
        <translation>Failed, will retry</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/pages/print_preview_dialog.py" line="26"/>
        <source>Pratinjau cetak: {title}</source>
        <translation>Print preview: {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_preview_dialog.py" line="27"/>
        <source>Memuat pratinjau…</source>
        <translation>Loading preview…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_preview_dialog.py" line="44"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_preview_dialog.py" line="65"/>
        <source>{kind} · {dots} titik ({mm} mm) · {n} baris teks</source>
        <translation>{kind} · {dots} dots ({mm} mm) · {n} lines of text</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <location filename="../../app/ui/pages/print_status.py" line="33"/>
        <source>Klik untuk membuka antrean cetak.</source>
        <translation>Click to open the print queue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_status.py" line="37"/>
        <source>Printer {station}: {uri}</source>
        <translation>Printer {station}: {uri}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_status.py" line="44"/>
        <source>Printer: …</source>
        <translation>Printer: …</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_status.py" line="44"/>
        <location filename="../../app/ui/pages/print_status.py" line="57"/>
        <source>Printer: bermasalah</source>
        <translation>Printer: problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_status.py" line="46"/>
        <source>Cetak: {failed} gagal, {pending} menunggu</source>
        <translation>Print: {failed} failed, {pending} waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_status.py" line="49"/>
        <source>Cetak: {n} gagal</source>
        <translation>Print: {n} failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_status.py" line="52"/>
        <source>Cetak: {n} menunggu (printer belum diatur)</source>
        <translation>Print: {n} waiting (no printer set up)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_status.py" line="54"/>
        <source>Cetak: {n} menunggu (printer gagal)</source>
        <translation>Print: {n} waiting (printer failed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_status.py" line="55"/>
        <source>Cetak: {n} menunggu</source>
        <translation>Print: {n} waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_status.py" line="59"/>
        <source>Printer: belum diatur</source>
        <translation>Printer: not set up</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/print_status.py" line="60"/>
        <source>Printer: siap</source>
        <translation>Printer: ready</translation>
    </message>
</context>
<context>
    <name>PrinterTab</name>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="57"/>
        <source>Printer struk komputer ini: {station}</source>
        <translation>This computer&apos;s receipt printer: {station}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="62"/>
        <source>Cari printer</source>
        <translation>Find printers</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="67"/>
        <source>58 mm (32 kolom)</source>
        <translation>58 mm (32 columns)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="68"/>
        <source>80 mm (48 kolom)</source>
        <translation>80 mm (48 columns)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="70"/>
        <source>Tidak ada laci kas</source>
        <translation>No cash drawer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="71"/>
        <source>Laci kas di pin 2</source>
        <translation>Cash drawer on pin 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="72"/>
        <source>Laci kas di pin 5</source>
        <translation>Cash drawer on pin 5</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="75"/>
        <source>Printer punya pemotong kertas otomatis</source>
        <translation>The printer has an automatic paper cutter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="76"/>
        <source>Printer bisa mencetak QR sendiri (GS ( k)</source>
        <translation>The printer prints QR codes itself (GS ( k)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="77"/>
        <source>Jika tidak dicentang, QR dikirim sebagai gambar: lebih lambat, tetapi jalan di semua printer.</source>
        <translation>When unticked, QR codes are sent as images: slower, but they work on every printer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="79"/>
        <source>Cetak struk otomatis setiap penjualan</source>
        <translation>Print a receipt automatically for every sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="84"/>
        <source>Contoh: {examples}</source>
        <translation>Examples: {examples}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="91"/>
        <source>Alamat printer</source>
        <translation>Printer address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="93"/>
        <source>Lebar kertas</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="94"/>
        <source>Laci kas</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="95"/>
        <source>Kemampuan</source>
        <translation>Features</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="97"/>
        <source>Cetak halaman uji</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="98"/>
        <source>Mencetak ke alamat di kolom di atas, walau belum disimpan.</source>
        <translation>Prints to the address in the field above, even before it is saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="99"/>
        <source>Simpan printer</source>
        <translation>Save printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="110"/>
        <source>Bentuk alamat printer</source>
        <translation>Printer address forms</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="113"/>
        <source>Contoh lain: {examples}</source>
        <translation>More examples: {examples}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="117"/>
        <source>Printer disimpan per komputer; nama komputer ini diatur dengan KOPDES_TILL.</source>
        <translation>Printers are saved per computer; this computer&apos;s name is set with KOPDES_TILL.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="122"/>
        <source>Printer yang terlihat komputer ini</source>
        <translation>Printers this computer can see</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="124"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="125"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="129"/>
        <source>Tekan Cari printer untuk mencari printer USB, serial, Windows dan CUPS.</source>
        <translation>Press Find printers to look for USB, serial, Windows and CUPS printers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="133"/>
        <source>Pakai alamat ini</source>
        <translation>Use this address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="144"/>
        <source>Isi struk (semua komputer)</source>
        <translation>Receipt content (all computers)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="149"/>
        <source>Cetak bukti pengambilan LPG 3 kg</source>
        <translation>Print the 3 kg LPG collection slip</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="150"/>
        <source>Slip kedua untuk ditandatangani pembeli LPG 3 kg bersubsidi.</source>
        <translation>A second slip for the buyer of subsidised 3 kg LPG to sign.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="153"/>
        <source>Simpan isi struk</source>
        <translation>Save receipt content</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="157"/>
        <source>Teks di bawah struk</source>
        <translation>Text at the foot of receipts</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="161"/>
        <source>Hanya admin yang dapat mengubah isi struk.</source>
        <translation>Only an admin can change the receipt content.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="200"/>
        <source>Mencari printer…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="209"/>
        <source>{n} printer atau port ditemukan. Pilih satu lalu tekan Pakai alamat ini.</source>
        <translation>{n} printers or ports found. Select one, then press Use this address.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="212"/>
        <source>Tidak ada printer yang ditemukan. Periksa kabel dan daya printer, atau isi alamatnya sendiri.</source>
        <translation>No printer found. Check the printer&apos;s cable and power, or type its address yourself.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="230"/>
        <source>Alamat diisi: {uri}. Cetak halaman uji, lalu simpan.</source>
        <translation>Address filled in: {uri}. Print a test page, then save.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="238"/>
        <source>Isi alamat printer dulu.</source>
        <translation>Fill in the printer&apos;s address first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="241"/>
        <source>Mengirim halaman uji ke {uri}…</source>
        <translation>Sending a test page to {uri}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="248"/>
        <source>Halaman uji terkirim ke {uri}. Periksa kertasnya: semua tulisan dan QR harus terbaca. Jika benar, tekan Simpan printer.</source>
        <translation>Test page sent to {uri}. Check the paper: all text and the QR code must be readable. If so, press Save printer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="253"/>
        <source>Halaman uji gagal: {error}</source>
        <translation>Test page failed: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="267"/>
        <source>Printer {station} disimpan: {uri}.</source>
        <translation>Printer for {station} saved: {uri}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="270"/>
        <source>Printer {station} disimpan tanpa alamat: struk menunggu di antrean sampai printer diatur.</source>
        <translation>Printer for {station} saved without an address: receipts wait in the queue until a printer is set up.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="277"/>
        <source>Printer tidak disimpan: {error}</source>
        <translation>Printer not saved: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_printer_tab.py" line="288"/>
        <source>Isi struk disimpan; berlaku untuk struk berikutnya.</source>
        <translation>Receipt content saved; it applies from the next receipt.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="34"/>
        <source>Ubah barang</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="34"/>
        <source>Barang baru</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="48"/>
        <source>Menurut satuan (kg, liter: ya)</source>
        <translation>By unit (kg, liter: yes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="49"/>
        <source>Ya, boleh desimal (2,5)</source>
        <translation>Yes, decimals allowed (2,5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="50"/>
        <source>Tidak, satuan utuh</source>
        <translation>No, whole units</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="52"/>
        <source>Pisahkan dengan koma, mis. 8993100000012, IN-BRS</source>
        <translation>Separate with commas, e.g. 8993100000012, IN-BRS</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="55"/>
        <source>kosong: sama dengan harga</source>
        <translation>empty: same as the price</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="57"/>
        <source>kosong: tanpa HET</source>
        <translation>empty: no price ceiling</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="61"/>
        <source>Bersubsidi (LPG 3 kg): wajib NIK pembeli dan HET</source>
        <translation>Subsidised (LPG 3 kg): buyer NIK and price ceiling required</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="63"/>
        <source>Bawaan (ditolak untuk barang subsidi, diperingatkan untuk lainnya)</source>
        <translation>Default (refused for subsidised goods, warned for others)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="64"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="65"/>
        <source>Boleh, dengan peringatan</source>
        <translation>Allowed, with a warning</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="66"/>
        <source>Aktif (dijual)</source>
        <translation>Active (on sale)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="70"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="71"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="72"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="76"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="77"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="78"/>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="135"/>
        <source>Harga jual</source>
        <translation>Sale price</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="79"/>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="136"/>
        <source>Harga anggota</source>
        <translation>Member price</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="80"/>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="137"/>
        <source>HET</source>
        <translation>Price ceiling (HET)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="81"/>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="138"/>
        <source>Deposit tabung</source>
        <translation>Cylinder deposit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="82"/>
        <source>Stok minimum</source>
        <translation>Minimum stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="83"/>
        <source>Stok minus</source>
        <translation>Negative stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="87"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="88"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="96"/>
        <source>SKU tidak bisa diubah. Perubahan harga dicatat di log audit.</source>
        <translation>The SKU cannot be changed. Price changes are recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="132"/>
        <source>{label}: bukan jumlah rupiah.</source>
        <translation>{label}: not a rupiah amount.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="142"/>
        <source>Stok minimum: {error}</source>
        <translation>Minimum stock: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_product_dialog.py" line="145"/>
        <source>Data barang belum benar.</source>
        <translation>The item data is not right yet.</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location filename="../../app/ui/pages/stock_lines.py" line="34"/>
        <source>Cari barang (nama, SKU)…</source>
        <translation>Search items (name, SKU)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lines.py" line="36"/>
        <source>Tambah ke daftar</source>
        <translation>Add to list</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lines.py" line="38"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lines.py" line="39"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_lines.py" line="40"/>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
</context>
<context>
    <name>ProductSearchDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="85"/>
        <source>Nama barang</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="86"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="87"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="88"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="89"/>
        <source>Harga anggota</source>
        <translation>Member price</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="91"/>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="93"/>
        <source>Cari barang (F3)</source>
        <translation>Find item (F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="95"/>
        <source>Ketik nama, SKU atau kategori…</source>
        <translation>Type a name, SKU or category…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="99"/>
        <source>↑/↓ memilih · Enter menambahkan ke keranjang · Esc kembali</source>
        <translation>↑/↓ choose · Enter adds to the cart · Esc goes back</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="101"/>
        <source>Tambahkan (Enter)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="113"/>
        <source>Tidak ada barang yang cocok.</source>
        <translation>No matching items.</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="49"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="50"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="50"/>
        <source>{name} (nonaktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="52"/>
        <source>Plafon (Rp)</source>
        <translation>Limits (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="54"/>
        <source>Jangka</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="54"/>
        <source>{low}–{high} bln</source>
        <translation>{low}–{high} mo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="56"/>
        <source>Bunga</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="57"/>
        <source>Biaya adm.</source>
        <translation>Admin fee</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="58"/>
        <source>Denda</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="63"/>
        <source>Produk Baru</source>
        <translation>New Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="64"/>
        <source>Ubah Produk</source>
        <translation>Edit Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="68"/>
        <source>Syarat produk disalin ke setiap pinjaman saat diajukan: perubahan produk tidak mengubah pinjaman yang sudah ada.</source>
        <translation>A product&apos;s terms are copied into each loan when it is applied for: changing a product does not change existing loans.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="85"/>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="97"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="87"/>
        <source>{amount} dipotong</source>
        <translation>{amount} deducted</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="88"/>
        <source>{amount} tunai</source>
        <translation>{amount} in cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="93"/>
        <source>{pct}%/bulan</source>
        <translation>{pct}%/month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="95"/>
        <source>{amount}/hari</source>
        <translation>{amount}/day</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="98"/>
        <source>{text}, tenggang {days} hari</source>
        <translation>{text}, {days} days&apos; grace</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_products_tab.py" line="132"/>
        <source>Produk {code} tersimpan.</source>
        <translation>Product {code} saved.</translation>
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
    <name>ProfilePanel</name>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="142"/>
        <location filename="../../app/ui/pages/member_profile.py" line="417"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="146"/>
        <source>Tampilkan NIK lengkap</source>
        <translation>Show the full NIK</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="170"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="170"/>
        <source>Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="170"/>
        <source>HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="171"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="171"/>
        <source>Tgl. masuk</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="199"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="214"/>
        <location filename="../../app/ui/pages/member_profile.py" line="310"/>
        <source>Riwayat simpanan</source>
        <translation>Savings history</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="216"/>
        <source>Batalkan transaksi</source>
        <translation>Reverse transaction</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="217"/>
        <source>Membalik setoran atau penarikan yang dipilih (perlu PIN pengurus)</source>
        <translation>Reverse the selected deposit or withdrawal (needs a board member&apos;s PIN)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="232"/>
        <source>Pilih anggota di daftar untuk melihat profilnya.</source>
        <translation>Choose a member in the list to see their profile.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="264"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="265"/>
        <location filename="../../app/ui/pages/member_profile.py" line="377"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="276"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="277"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="278"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="279"/>
        <source>Transaksi</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="280"/>
        <source>Masuk</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="281"/>
        <source>Keluar</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="282"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="283"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="284"/>
        <source>Keterangan</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="290"/>
        <source>dibalik oleh {number}</source>
        <translation>reversed by {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="292"/>
        <source>membalik {number}</source>
        <translation>reverses {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="344"/>
        <source>Alamat: {address}</source>
        <translation>Address: {address}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="350"/>
        <source>Belanja tahun ini: {amount} dalam {count} transaksi</source>
        <translation>Purchases this year: {amount} in {count} transactions</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="353"/>
        <source>Kasbon: {amount}</source>
        <translation>Credit owed: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="356"/>
        <source>Kasbon: tidak ada</source>
        <translation>Credit owed: none</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="367"/>
        <source>Pinjaman: belum pernah meminjam</source>
        <translation>Loans: never borrowed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="369"/>
        <source>Pinjaman: tidak ada yang berjalan</source>
        <translation>Loans: none running</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="371"/>
        <source>Pinjaman: sisa {amount}</source>
        <translation>Loans: {amount} outstanding</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="373"/>
        <source> · menunggak {days} hari ({quality})</source>
        <translation> · {days} days late ({quality})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="377"/>
        <source>Pinjaman ({count})</source>
        <translation>Loans ({count})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="383"/>
        <source>{status} sejak {day}: {reason}. Simpanannya dikembalikan saat keluar.</source>
        <translation>{status} since {day}: {reason}. The savings were paid out on leaving.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="389"/>
        <source>Tunggakan wajib: {months} bulan, {amount}</source>
        <translation>Compulsory savings in arrears: {months} months, {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="392"/>
        <source>Simpanan pokok belum lunas: {amount}</source>
        <translation>Principal savings still due: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="397"/>
        <source>Simpanan wajib lunas sampai bulan ini.</source>
        <translation>Compulsory savings paid up to this month.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="399"/>
        <source>Simpanan wajib lunas; dibayar di muka {amount}.</source>
        <translation>Compulsory savings paid up; {amount} paid in advance.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="417"/>
        <source>Sembunyikan</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="438"/>
        <source>Riwayat simpanan {number} {name} ({count} transaksi)</source>
        <translation>Savings history {number} {name} ({count} transactions)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_profile.py" line="441"/>
        <source>Riwayat simpanan {number} {name}: belum ada transaksi</source>
        <translation>Savings history {number} {name}: no transactions yet</translation>
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
    <name>QrisDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="61"/>
        <source>Pembayaran QRIS — {number}</source>
        <translation>QRIS payment — {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="69"/>
        <source>Menyiapkan kode QR…</source>
        <translation>Preparing the QR code…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="75"/>
        <source>Bayar dengan QRIS</source>
        <translation>Pay with QRIS</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="81"/>
        <source>Nomor tagihan: &lt;b&gt;{number}&lt;/b&gt;</source>
        <translation>Bill number: &lt;b&gt;{number}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="83"/>
        <source>Jangan terima tangkapan layar dari pembeli. Konfirmasi hanya setelah dana terlihat masuk di aplikasi merchant atau soundbox.</source>
        <translation>Never accept a screenshot from the buyer. Confirm only after the money shows as received in the merchant app or on the soundbox.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="91"/>
        <source>RRN (12 karakter) atau 4 angka terakhirnya</source>
        <translation>RRN (12 characters) or its last 4 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="94"/>
        <source>mis. pembeli membayar tunai, saldo pembeli kurang</source>
        <translation>e.g. the buyer pays cash, the buyer&apos;s balance is short</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="99"/>
        <source>&lt;b&gt;Batalkan penjualan {number}?&lt;/b&gt; Tulis alasannya, lalu Enter. Esc: kembali.</source>
        <translation>&lt;b&gt;Cancel sale {number}?&lt;/b&gt; Type the reason, then Enter. Esc: back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="115"/>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="118"/>
        <source>Lihat nomor referensi (RRN) di aplikasi merchant atau struk soundbox. Enter: konfirmasi · Esc: nanti (penjualan menunggu di daftar QRIS, F1).</source>
        <translation>Find the reference number (RRN) in the merchant app or on the soundbox slip. Enter: confirm · Esc: later (the sale waits in the QRIS list, F1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="128"/>
        <source>Batalkan penjualan (Alt+B)</source>
        <translation>Cancel sale (Alt+B)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="132"/>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="225"/>
        <source>Konfirmasi (Enter)</source>
        <translation>Confirm (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="132"/>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="226"/>
        <source>Nanti (Esc)</source>
        <translation>Later (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="146"/>
        <source>Total belanja {total}</source>
        <translation>Purchase total {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="149"/>
        <source>kembalian {change}</source>
        <translation>change {change}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="152"/>
        <source>Total belanja {total} · selain QRIS {rest}</source>
        <translation>Purchase total {total} · other than QRIS {rest}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="164"/>
        <source>{merchant}&lt;br&gt;NMID {nmid}</source>
        <translation>{merchant}&lt;br&gt;NMID {nmid}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="187"/>
        <source>Ketik nomor referensi (RRN) yang terlihat di aplikasi merchant atau soundbox.</source>
        <translation>Type the reference number (RRN) shown in the merchant app or on the soundbox.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="216"/>
        <source>Batalkan penjualan (Enter)</source>
        <translation>Cancel sale (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_qris_dialog.py" line="217"/>
        <source>Kembali (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
</context>
<context>
    <name>QrisFacts</name>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="41"/>
        <source>Nama merchant</source>
        <translation>Merchant name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="41"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="42"/>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="42"/>
        <source>NMID</source>
        <translation>NMID</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="43"/>
        <source>Penyelenggara (acquirer)</source>
        <translation>Acquirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="44"/>
        <source>Kriteria merchant</source>
        <translation>Merchant size</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="44"/>
        <source>MCC</source>
        <translation>MCC</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="55"/>
        <source>tidak dikenal</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>QrisReconcile</name>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="116"/>
        <source>Ragu: {n} kandidat</source>
        <translation>Ambiguous: {n} candidates</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="118"/>
        <source>Referensi sama, jumlah beda</source>
        <translation>Same reference, different amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="119"/>
        <source>Saran pasangan</source>
        <translation>Suggested pair</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="123"/>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="124"/>
        <source>Jumlah &amp; waktu</source>
        <translation>Amount &amp; time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="125"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="130"/>
        <source>{amount} bersih</source>
        <translation>{amount} net</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="138"/>
        <source>settle {day}</source>
        <translation>settled {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="143"/>
        <source>{days} hari</source>
        <translation>{days} days</translation>
    </message>
</context>
<context>
    <name>QrisReconcilePage</name>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="79"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="80"/>
        <source>Impor file settlement/mutasi…</source>
        <translation>Import settlement/statement file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="83"/>
        <source>Rekonsiliasi QRIS</source>
        <translation>QRIS Reconciliation</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="121"/>
        <source>Cocokkan manual…</source>
        <translation>Match by hand…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="125"/>
        <source>Pilih pasangan…</source>
        <translation>Choose the pair…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="131"/>
        <source>Cari nomor penjualan atau referensi…</source>
        <translation>Search sale number or reference…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="133"/>
        <source>Batalkan pencocokan…</source>
        <translation>Undo match…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="142"/>
        <source>Hanya bendahara yang dapat mengimpor dan mencocokkan.</source>
        <translation>Only the treasurer can import and match.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="144"/>
        <source>Dikonfirmasi di kasir tetapi tidak ada di berkas settlement atau mutasi mana pun, yang tertua di atas. Yang lewat masa settlement: tanyakan ke acquirer dan periksa siapa yang mengonfirmasi.</source>
        <translation>Confirmed at the till but in no settlement file or bank statement, oldest first. Past the settlement period: ask the acquirer and check who confirmed it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="148"/>
        <source>Uang masuk yang belum punya pasangan pembayaran. Pilih baris, lalu Cocokkan manual.</source>
        <translation>Money received that has no matching payment. Choose a row, then Match by hand.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="151"/>
        <source>Baris yang aturan tidak berani putuskan sendiri: beberapa kandidat, referensi sama dengan jumlah beda, atau saran untuk baris lama.</source>
        <translation>Rows the rules will not decide alone: several candidates, the same reference with another amount, or suggestions for older rows.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="153"/>
        <source>Baris yang sudah dicocokkan, terbaru di atas.</source>
        <translation>Rows already matched, latest first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="156"/>
        <source>Sudah cocok</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="157"/>
        <source>Berkas yang pernah diimpor, terbaru di atas.</source>
        <translation>Files imported so far, latest first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="158"/>
        <source>Riwayat impor</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="180"/>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="212"/>
        <source>Penjualan</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="181"/>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="191"/>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="202"/>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="213"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="182"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="183"/>
        <source>Dikonfirmasi kasir</source>
        <translation>Confirmed at the till</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="184"/>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="193"/>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="203"/>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="218"/>
        <source>Referensi</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="185"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="190"/>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="201"/>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="211"/>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="228"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="192"/>
        <source>Waktu transaksi</source>
        <translation>Transaction time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="194"/>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="206"/>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="219"/>
        <source>Berkas (baris)</source>
        <translation>File (row)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="195"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="200"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="204"/>
        <source>Kandidat penjualan</source>
        <translation>Candidate sales</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="214"/>
        <source>MDR</source>
        <translation>MDR</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="215"/>
        <source>Masuk bank</source>
        <translation>To the bank</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="216"/>
        <source>Cara</source>
        <translation>Matched by</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="217"/>
        <source>Jurnal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="224"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="225"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="226"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="227"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="229"/>
        <source>Cocok</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="230"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="236"/>
        <source>Dibayar belum settle ({n})</source>
        <translation>Paid, not settled ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="237"/>
        <source>Settlement tanpa pembayaran ({n})</source>
        <translation>Settlement without payment ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="238"/>
        <source>Perlu diputuskan ({n})</source>
        <translation>To decide ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="278"/>
        <source>Per {day}. Cocokkan pembayaran QRIS yang dikonfirmasi kasir dengan berkas settlement acquirer atau mutasi bank.</source>
        <translation>As of {day}. Match the QRIS payments confirmed at the till with the acquirer&apos;s settlement file or the bank statement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="284"/>
        <source>Kemungkinan penipuan: {count} pembayaran QRIS ({amount}) dikonfirmasi di kasir tetapi tidak pernah disetor bank. Yang tertua {days} hari. Jangan terima tangkapan layar sebagai bukti bayar.</source>
        <translation>Possible fraud: {count} QRIS payments ({amount}) were confirmed at the till but never settled by the bank. The oldest is {days} days old. Never accept a screenshot as proof of payment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="353"/>
        <source>Pilih berkas settlement acquirer atau mutasi bank</source>
        <translation>Choose the acquirer&apos;s settlement file or the bank statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="354"/>
        <source>Berkas settlement ({patterns})</source>
        <translation>Settlement files ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="379"/>
        <source>{name}: {lines} baris, {matched} cocok otomatis ({gross}) — jurnal {journal}.</source>
        <translation>{name}: {lines} rows, {matched} matched automatically ({gross}) — journal {journal}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="383"/>
        <source>{name}: {lines} baris disimpan, tidak ada yang cocok otomatis.</source>
        <translation>{name}: {lines} rows stored, none matched automatically.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="417"/>
        <source>Baris #{id} cocok dengan {sale}: {gross}, MDR {mdr}, masuk bank {net} — jurnal {journal}.</source>
        <translation>Row #{id} matched with {sale}: {gross}, MDR {mdr}, to the bank {net} — journal {journal}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_page.py" line="434"/>
        <source>Pencocokan baris #{id} dengan {sale} dibatalkan — jurnal {journal}.</source>
        <translation>Match of row #{id} with {sale} undone — journal {journal}.</translation>
    </message>
</context>
<context>
    <name>QrisTab</name>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="79"/>
        <source>QRIS gerai yang terdaftar</source>
        <translation>The outlet&apos;s registered QRIS</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="83"/>
        <source>Belum ada QRIS gerai yang terdaftar: pembayaran QRIS di kasir belum bisa dipakai.</source>
        <translation>No outlet QRIS is registered yet: QRIS payments at the till cannot be used.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="91"/>
        <source>Kode di atas adalah QRIS statis gerai (tanpa nominal). Di kasir, setiap pembayaran mendapat kode QR sendiri berisi nominal dan nomor penjualan.</source>
        <translation>The code above is the outlet&apos;s static QRIS (no amount). At the till, each payment gets its own QR code with the amount and the sale number.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="96"/>
        <source>Daftarkan QRIS statis gerai</source>
        <translation>Register the outlet&apos;s static QRIS</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="101"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="102"/>
        <source>Pilih gambar stiker…</source>
        <translation>Choose sticker image…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="103"/>
        <source>Simpan QRIS ini</source>
        <translation>Save this QRIS</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="105"/>
        <source>Hasil pemeriksaan</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="112"/>
        <source>Hanya pengurus atau admin yang dapat mengubah QRIS gerai.</source>
        <translation>Only the board or an admin can change the outlet&apos;s QRIS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="115"/>
        <source>Tempel isi QRIS statis dari stiker bank (teks yang dimulai 000201, dari aplikasi pemindai QR), lalu Periksa. Atau pilih foto/pindaian stiker: kodenya dibaca dan diperiksa. Tidak ada yang disimpan sebelum Anda menekan Simpan.</source>
        <translation>Paste the static QRIS from the bank&apos;s sticker (the text starting 000201, from a QR scanner app), then Check. Or choose a photo/scan of the sticker: its code is read and checked. Nothing is saved until you press Save.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="237"/>
        <source>QRIS statis dari gambar {name} sah. Periksa nama merchant dan NMID, lalu Simpan.</source>
        <translation>The static QRIS in image {name} is valid. Check the merchant name and NMID, then Save.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="170"/>
        <source>Tempel isi QRIS statis dahulu, atau pilih gambar stikernya.</source>
        <translation>Paste the static QRIS first, or choose an image of the sticker.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="176"/>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="207"/>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="244"/>
        <source>Ditolak: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="182"/>
        <source>QRIS statis sah. Periksa nama merchant dan NMID, lalu Simpan.</source>
        <translation>Valid static QRIS. Check the merchant name and NMID, then Save.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="201"/>
        <source>QRIS gerai disimpan: {merchant} (NMID {nmid}).</source>
        <translation>Outlet QRIS saved: {merchant} (NMID {nmid}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="212"/>
        <source>Pilih foto atau pindaian stiker QRIS</source>
        <translation>Choose a photo or scan of the QRIS sticker</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="213"/>
        <source>Gambar ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_qris_tab.py" line="227"/>
        <source>Membaca gambar {name}…</source>
        <translation>Reading image {name}…</translation>
    </message>
</context>
<context>
    <name>QtyDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="25"/>
        <source>Ubah jumlah</source>
        <translation>Change quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="36"/>
        <source>Jumlah dalam {unit}</source>
        <translation>Quantity in {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="37"/>
        <source> (boleh desimal, mis. 1,5)</source>
        <translation> (decimals allowed, e.g. 1,5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_line_dialogs.py" line="40"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="185"/>
        <source>Keranjang</source>
        <translation>Cart</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="186"/>
        <source>Ditahan</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="187"/>
        <source>Baris</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="190"/>
        <source>Panggil keranjang (F7)</source>
        <translation>Recall cart (F7)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="192"/>
        <source>Saring…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="197"/>
        <source>Panggil (Enter)</source>
        <translation>Recall (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_lookup_dialogs.py" line="208"/>
        <source>Tidak ada keranjang yang ditahan.</source>
        <translation>No carts are on hold.</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="260"/>
        <source>Struk</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="269"/>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="383"/>
        <source>Cetak ulang (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="278"/>
        <source>Pindai barang berikutnya untuk memulai transaksi baru; status cetak struk ini tetap terlihat di kartu Transaksi terakhir.</source>
        <translation>Scan the next item to start a new sale; this receipt&apos;s print status stays visible in the Last sale card.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="281"/>
        <source>Struk lain hari ini: F11 (Riwayat).</source>
        <translation>Other receipts of today: F11 (History).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="298"/>
        <source>Struk {number}</source>
        <translation>Receipt {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="299"/>
        <source>Menyiapkan struk…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="319"/>
        <source>Struk tidak dicetak otomatis di komputer ini. Tekan Cetak bila pembeli memintanya.</source>
        <translation>This computer does not print receipts automatically. Press Print if the customer asks for one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="320"/>
        <source>Struk tidak dicetak otomatis · Ctrl+P: cetak</source>
        <translation>Receipt not printed automatically · Ctrl+P: print</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="328"/>
        <source>Penjualan tersimpan, tetapi struk belum masuk antrean cetak: {error}</source>
        <translation>The sale is saved, but the receipt is not in the print queue: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="329"/>
        <source>Struk belum masuk antrean cetak</source>
        <translation>Receipt not in the print queue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="346"/>
        <source>Salinan: {status}</source>
        <translation>Copy: {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="364"/>
        <source>Pratinjau struk tidak tersedia: {error}</source>
        <translation>Receipt preview not available: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="382"/>
        <source>Cetak struk (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="382"/>
        <source>Coba cetak lagi (Ctrl+P)</source>
        <translation>Try printing again (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="396"/>
        <source>Mencoba lagi…</source>
        <translation>Trying again…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="396"/>
        <source>Struk dicoba cetak lagi…</source>
        <translation>Trying to print the receipt again…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="399"/>
        <source>Mengirim ke printer…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="399"/>
        <source>Struk dikirim ke printer…</source>
        <translation>Receipt sent to the printer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="416"/>
        <source>Struk tidak bisa dicetak: {error}</source>
        <translation>The receipt cannot be printed: {error}</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="152"/>
        <source>mis. Agen LPG, BUMD Pangan, distributor</source>
        <translation>e.g. LPG agent, BUMD Pangan, distributor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="154"/>
        <source>Tunai (kas)</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="155"/>
        <source>Transfer bank</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="156"/>
        <source>Kredit (utang usaha)</source>
        <translation>Credit (accounts payable)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="157"/>
        <source>Pemasok</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="158"/>
        <source>Pembayaran</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="161"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="161"/>
        <source>Stok kini</source>
        <translation>Stock now</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="161"/>
        <source>Jumlah masuk</source>
        <translation>Quantity in</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="161"/>
        <source>Total harga</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="164"/>
        <source>Simpan penerimaan</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_docs_tabs.py" line="167"/>
        <source>Total penerimaan: {amount}</source>
        <translation>Receipt total: {amount}</translation>
    </message>
</context>
<context>
    <name>RenameAccountDialog</name>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="137"/>
        <source>Ganti nama akun {code}</source>
        <translation>Rename account {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="143"/>
        <source>Nama lama</source>
        <translation>Old name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="144"/>
        <source>Nama baru</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_account_dialogs.py" line="147"/>
        <source>Jurnal lama ikut tampil dengan nama baru; kode akun tetap.</source>
        <translation>Earlier journals show the new name too; the account code stays.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="96"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="77"/>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="78"/>
        <source>Tahunan</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="87"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="88"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="89"/>
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="90"/>
        <source>Ekspor XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="93"/>
        <location filename="../../app/ui/pages/report_page.py" line="118"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="97"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="193"/>
        <source>Menyusun laporan…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="255"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="255"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="256"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="271"/>
        <source>Tersimpan di {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="273"/>
        <source>Berkas siap</source>
        <translation>File ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="273"/>
        <source>Buka sekarang?</source>
        <translation>Open it now?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/report_page.py" line="274"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="241"/>
        <source>Restrukturisasi Pinjaman</source>
        <translation>Reschedule Loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="250"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="251"/>
        <source>Jangka waktu baru</source>
        <translation>New term</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="252"/>
        <source>Tambahkan bunga dan denda tertunggak ({amount}) ke pokok baru</source>
        <translation>Add the interest and penalty in arrears ({amount}) to the new principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="258"/>
        <source>mis. gagal panen, sakit</source>
        <translation>e.g. crop failure, illness</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="259"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="265"/>
        <source>Sisa pokok pindah ke pinjaman baru yang terhubung dengan pinjaman ini; tanpa centang, bunga dan denda tertunggak dihapuskan.</source>
        <translation>The outstanding principal moves to a new loan linked to this one; unticked, the interest and penalty in arrears are waived.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="267"/>
        <source>Restrukturisasi (Enter)</source>
        <translation>Reschedule (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="291"/>
        <source>Pokok baru {principal} · {term} bulan · angsuran {installment} · mulai {day}</source>
        <translation>New principal {principal} · {term} months · installment {installment} · from {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="299"/>
        <source>Tulis alasan restrukturisasi.</source>
        <translation>Write the reason for rescheduling.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="306"/>
        <source>Pinjaman {old} direstrukturisasi menjadi {new} ({journal}).</source>
        <translation>Loan {old} rescheduled as {new} ({journal}).</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="31"/>
        <source>Retur / batal penjualan</source>
        <translation>Return / void a sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="38"/>
        <source>Nomor penjualan, mis. PJ-20261123-0001</source>
        <translation>Sale number, e.g. PJ-20261123-0001</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="39"/>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="111"/>
        <source>Ketik nomor penjualan lalu Enter.</source>
        <translation>Type the sale number, then Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="45"/>
        <source>mis. kemasan bocor, salah ambil barang</source>
        <translation>e.g. leaking package, wrong item taken</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="46"/>
        <source>Uang tunai dari laci</source>
        <translation>Cash from the drawer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="47"/>
        <source>Mengurangi kasbon anggota</source>
        <translation>Reduce the member&apos;s credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="58"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="59"/>
        <source>Pengembalian</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="68"/>
        <source>Retur barang (Enter)</source>
        <translation>Return items (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="70"/>
        <source>Batalkan seluruh penjualan</source>
        <translation>Void the whole sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="114"/>
        <source> · DIBATALKAN</source>
        <translation> · VOIDED</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="117"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="117"/>
        <source>Terjual</source>
        <translation>Sold</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="117"/>
        <source>Sudah diretur</source>
        <translation>Already returned</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="118"/>
        <source>Retur sekarang</source>
        <translation>Return now</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="161"/>
        <source>Isi jumlah barang yang diretur.</source>
        <translation>Enter the quantity being returned.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="164"/>
        <source>Alasan retur wajib diisi.</source>
        <translation>A reason for the return is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="171"/>
        <source>Retur {number}: {reason}</source>
        <translation>Return {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="187"/>
        <source>Alasan pembatalan wajib diisi.</source>
        <translation>A reason for the void is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_return_dialog.py" line="194"/>
        <source>Batal {number}: {reason}</source>
        <translation>Void {number}: {reason}</translation>
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
    <name>ReverseSavingsDialog</name>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="37"/>
        <source>Balik simpanan {number}</source>
        <translation>Reverse savings {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="59"/>
        <source>mis. salah jenis simpanan, seharusnya wajib</source>
        <translation>e.g. wrong savings type, should have been mandatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="63"/>
        <source>Transaksi yang sudah dicatat tidak diubah. Pembalikan dicatat hari ini sebagai transaksi baru yang mengembalikan saldo anggota dan membalik jurnalnya.</source>
        <translation>A recorded transaction is never changed. The reversal is recorded today as a new transaction that restores the member&apos;s balance and reverses its journal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="66"/>
        <source>Alasan pembalikan (wajib)</source>
        <translation>Reason for the reversal (required)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="69"/>
        <source>Disetujui oleh pengurus lain, bukan {user} yang sedang masuk: nama pengguna dan PIN-nya.</source>
        <translation>Approved by another board member, not {user} who is logged in: their username and PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="73"/>
        <source>Balik (Enter)</source>
        <translation>Reverse (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="79"/>
        <source>{number} sudah dibalik dengan {reversal}.</source>
        <translation>{number} was already reversed by {reversal}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="82"/>
        <source>Pembalikan simpanan dicatat oleh pengurus atau bendahara.</source>
        <translation>Savings reversals are recorded by a board member or the treasurer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="94"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="95"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="96"/>
        <source>Transaksi</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="97"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="99"/>
        <source>Cara</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="100"/>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="100"/>
        <source>{at} oleh {user}</source>
        <translation>{at} by {user}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="103"/>
        <source>Keterangan</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="116"/>
        <source>Isi alasan pembalikan.</source>
        <translation>Enter the reason for the reversal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="139"/>
        <source>{original} dibalik dengan nomor {number}.
Saldo {type} {member} sekarang {balance}.</source>
        <translation>{original} reversed under number {number}.
{member}&apos;s {type} balance is now {balance}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_reverse_dialog.py" line="144"/>
        <source>Simpanan dibalik</source>
        <translation>Savings reversed</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="77"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="83"/>
        <source>Pembelian</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="85"/>
        <source>Jasa pinjaman</source>
        <translation>Loan interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="98"/>
        <source>Dasar jasa usaha</source>
        <translation>Patronage share basis</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="99"/>
        <source>Bobot</source>
        <translation>Weights</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="100"/>
        <source>Dasar jasa modal</source>
        <translation>Capital share basis</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="157"/>
        <source>(harus tepat 100%)</source>
        <translation>(must be exactly 100%)</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="304"/>
        <source>Simpan aturan</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="311"/>
        <source>Pembagian SHU menurut AD/ART: persentase tiap bagian harus berjumlah tepat 100%. Hanya SHU dari usaha dengan anggota yang dibagi; SHU non-anggota masuk cadangan.</source>
        <translation>SHU allocation per the articles of association: the parts&apos; percentages must total exactly 100%. Only the SHU from business with members is divided; non-member SHU goes to reserves.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="334"/>
        <source>Aturan SHU disimpan.</source>
        <translation>SHU rules saved.</translation>
    </message>
</context>
<context>
    <name>SalesHistoryDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="32"/>
        <source>Riwayat penjualan — {day}</source>
        <translation>Sales history — {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="43"/>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="43"/>
        <source>Dibatalkan</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="45"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="46"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="48"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="49"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="51"/>
        <source>Kasir</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="62"/>
        <source>Belum ada penjualan hari ini.</source>
        <translation>No sales today yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="71"/>
        <source>Struk salinan</source>
        <translation>Receipt copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="77"/>
        <source>Penjualan hari usaha {day}</source>
        <translation>Sales of business day {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="78"/>
        <source>↑/↓ memilih penjualan, Enter mencetak salinan struknya (bertanda SALINAN, tercatat di log audit), Esc menutup.</source>
        <translation>↑/↓ choose a sale, Enter prints a copy of its receipt (marked SALINAN, recorded in the audit log), Esc closes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="83"/>
        <source>Cetak salinan (Enter)</source>
        <translation>Print copy (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="83"/>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="134"/>
        <source>Pilih penjualan yang struknya akan dicetak ulang.</source>
        <translation>Choose the sale whose receipt should be reprinted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="142"/>
        <source>Salinan struk {number} dikirim ke printer.</source>
        <translation>Copy of receipt {number} sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_history_dialog.py" line="151"/>
        <source>Salinan {number}: {status}</source>
        <translation>Copy {number}: {status}</translation>
    </message>
</context>
<context>
    <name>Savings</name>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="43"/>
        <source>Simpanan Pokok</source>
        <translation>Principal Savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="44"/>
        <source>Simpanan Wajib</source>
        <translation>Mandatory Savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="45"/>
        <source>Simpanan Sukarela</source>
        <translation>Voluntary Savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="48"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="49"/>
        <source>Wajib</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="50"/>
        <source>Sukarela</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="53"/>
        <source>Setoran</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="54"/>
        <source>Penarikan</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="55"/>
        <source>Jasa simpanan</source>
        <translation>Savings interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="56"/>
        <source>Saldo awal</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="57"/>
        <source>Pengembalian saat keluar</source>
        <translation>Refund on exit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="58"/>
        <source>Koreksi (pembalikan)</source>
        <translation>Correction (reversal)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="61"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="62"/>
        <source>Transfer bank</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="65"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="66"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="67"/>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
</context>
<context>
    <name>SavingsDialog</name>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="150"/>
        <source>Simpanan Anggota</source>
        <translation>Member Savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="178"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="179"/>
        <source>Enter atau Ctrl+S</source>
        <translation>Enter or Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="193"/>
        <source>Anggota ini berstatus {status}: simpanannya tidak bisa disetor atau ditarik lagi.</source>
        <translation>This member&apos;s status is {status}: their savings can no longer be deposited or withdrawn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="196"/>
        <source>Setoran dan penarikan simpanan dicatat oleh pengurus atau bendahara.</source>
        <translation>Savings deposits and withdrawals are recorded by a board member or the treasurer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="248"/>
        <source>Setor</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="249"/>
        <source>Tarik</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="257"/>
        <location filename="../../app/ui/pages/savings_dialog.py" line="330"/>
        <source>Transaksi</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="268"/>
        <source>Jenis simpanan</source>
        <translation>Savings type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="269"/>
        <source>Hanya simpanan sukarela yang bisa ditarik. Simpanan pokok dan wajib adalah modal anggota di koperasi: tidak bisa diambil selama masih menjadi anggota, dan dikembalikan seluruhnya saat keluar dari keanggotaan (dengan persetujuan pengurus).</source>
        <translation>Only voluntary savings can be withdrawn. Principal and mandatory savings are the member&apos;s capital in the cooperative: they cannot be taken out while a member, and are refunded in full on leaving the membership (with a board member&apos;s approval).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="278"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="285"/>
        <source>×{n} {amount}</source>
        <translation>×{n} {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="288"/>
        <source>Simpanan wajib {n} periode</source>
        <translation>Mandatory savings for {n} periods</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="291"/>
        <source>Isi wajib</source>
        <translation>Quick: mandatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="292"/>
        <source>Isi pokok</source>
        <translation>Quick: principal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="297"/>
        <source>Cara</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="300"/>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="301"/>
        <source>Keterangan</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="328"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="329"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="331"/>
        <source>Masuk</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="332"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="333"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="346"/>
        <source>{kind} (dibalik)</source>
        <translation>{kind} (reversed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="348"/>
        <source>Pembalikan</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="365"/>
        <source>anggota sejak {day}</source>
        <translation>member since {day}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="370"/>
        <source>Pokok belum lunas: kurang {amount}</source>
        <translation>Principal not fully paid: {amount} short</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="373"/>
        <source>Tunggakan wajib {months} bulan ({amount})</source>
        <translation>Mandatory savings {months} months in arrears ({amount})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="377"/>
        <source>Wajib lunas, dibayar di muka {amount}</source>
        <translation>Mandatory savings paid up, {amount} in advance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="380"/>
        <source>Wajib lunas sampai bulan ini</source>
        <translation>Mandatory savings paid up to this month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="383"/>
        <source>Sisa pokok · {amount}</source>
        <translation>Principal still owed · {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="439"/>
        <source>Riwayat {type}</source>
        <translation>{type} history</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="465"/>
        <location filename="../../app/ui/pages/savings_dialog.py" line="468"/>
        <location filename="../../app/ui/pages/savings_dialog.py" line="472"/>
        <location filename="../../app/ui/pages/savings_dialog.py" line="554"/>
        <source>Saldo setelah transaksi: {amount}</source>
        <translation>Balance after this transaction: {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="466"/>
        <source>Jumlah harus rupiah bulat, mis. 50.000.</source>
        <translation>The amount must be whole rupiah, e.g. 50.000.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="498"/>
        <source>menutup {n} bulan</source>
        <translation>covers {n} months</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="499"/>
        <source>belum menutup satu periode penuh</source>
        <translation>does not yet cover one full period</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="501"/>
        <source>{covers}; tunggakan tersisa {amount}</source>
        <translation>{covers}; arrears left {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="504"/>
        <source>{covers}; tidak ada tunggakan, {amount} dibayar di muka</source>
        <translation>{covers}; no arrears, {amount} paid in advance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="506"/>
        <source>{covers}; tunggakan lunas</source>
        <translation>{covers}; arrears cleared</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="520"/>
        <source>Isi jumlah dalam rupiah bulat.</source>
        <translation>Enter the amount in whole rupiah.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="548"/>
        <source>{kind} {type} {amount} tercatat dengan nomor {number}.
Saldo {type} sekarang {balance}.</source>
        <translation>{kind} of {type} {amount} recorded under number {number}.
The {type} balance is now {balance}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="553"/>
        <source>Slip dikirim ke printer.</source>
        <translation>Slip sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/savings_dialog.py" line="558"/>
        <source>Simpanan tercatat</source>
        <translation>Savings recorded</translation>
    </message>
</context>
<context>
    <name>SavingsTab</name>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="31"/>
        <source>Ekuitas (modal anggota)</source>
        <translation>Equity (members&apos; capital)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="32"/>
        <source>Kewajiban (utang kepada anggota)</source>
        <translation>Liability (owed to members)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="72"/>
        <source>Aturan simpanan</source>
        <translation>Savings rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="77"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="82"/>
        <source>setiap</source>
        <translation>every</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="91"/>
        <source> % per tahun</source>
        <translation> % a year</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="101"/>
        <source>Simpanan pokok (Rp)</source>
        <translation>Principal savings (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="102"/>
        <source>Simpanan wajib (Rp)</source>
        <translation>Mandatory savings (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="103"/>
        <source>Saldo minimum sukarela (Rp)</source>
        <translation>Minimum voluntary balance (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="104"/>
        <source>Jasa simpanan sukarela</source>
        <translation>Interest on voluntary savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="106"/>
        <source>Simpanan pokok dicatat sebagai</source>
        <translation>Principal savings booked as</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="107"/>
        <source>Simpanan wajib dicatat sebagai</source>
        <translation>Mandatory savings booked as</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="109"/>
        <source>Ekuitas mengikuti praktik PSAK 27: simpanan pokok dan wajib adalah modal anggota. Kewajiban mengikuti SAK EP bila anggota berhak memintanya kembali. Simpanan sukarela selalu kewajiban.</source>
        <translation>Equity follows PSAK 27 practice: principal and mandatory savings are members&apos; capital. Liability follows SAK EP when members are entitled to ask for them back. Voluntary savings are always a liability.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="112"/>
        <source>Mengubah klasifikasi memindahkan saldo yang sudah ada ke akun yang baru dengan jurnal reklasifikasi hari ini; Anda diminta konfirmasi dahulu.</source>
        <translation>Changing the classification moves the balance already held to the new account with a reclassification journal today; you are asked to confirm first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="115"/>
        <source>Hanya pengurus yang dapat mengubah aturan simpanan.</source>
        <translation>Only a board member can change the savings rules.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="117"/>
        <source>Simpan aturan simpanan</source>
        <translation>Save savings rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="131"/>
        <source>Nomor anggota</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="139"/>
        <source>Pola nomor</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="140"/>
        <source>Contoh</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="142"/>
        <source>{seq:05} nomor urut 5 angka (atau {seq:04}, {seq}) · {YYYY} tahun masuk · {YY} tahun 2 angka · {MM} bulan masuk. Bila pola memuat tahun, nomor urut mulai dari 1 lagi setiap tahun. Nomor anggota yang sudah ada tidak berubah.</source>
        <translation>{seq:05} 5-digit sequence number (or {seq:04}, {seq}) · {YYYY} year joined · {YY} 2-digit year · {MM} month joined. If the pattern contains the year, the sequence starts again from 1 each year. Existing member numbers do not change.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="147"/>
        <source>Hanya admin yang dapat mengubah pola nomor anggota.</source>
        <translation>Only the admin can change the member number pattern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="149"/>
        <source>Simpan pola nomor</source>
        <translation>Save number pattern</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="162"/>
        <source>Tentang jenis simpanan</source>
        <translation>About the savings types</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="164"/>
        <source>sekali saat masuk; tidak bisa diambil selama menjadi anggota, dikembalikan saat keluar.</source>
        <translation>once, on joining; cannot be taken out while a member, refunded on leaving.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="166"/>
        <source>setiap periode; tunggakan dihitung per bulan sejak bulan masuk; dikembalikan saat keluar.</source>
        <translation>every period; arrears counted per month from the month of joining; refunded on leaving.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="168"/>
        <source>berapa saja, bisa ditarik kapan saja sampai saldo minimum; bisa mendapat jasa bulanan dari saldo terendah sebulan.</source>
        <translation>any amount, withdrawable at any time down to the minimum balance; may earn monthly interest on the month&apos;s lowest balance.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="206"/>
        <source>= {month}% per bulan</source>
        <translation>= {month}% a month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="207"/>
        <source>0 = tanpa jasa.</source>
        <translation>0 = no interest.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="211"/>
        <source>Simpanan pokok</source>
        <translation>Principal savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="212"/>
        <source>Simpanan wajib</source>
        <translation>Mandatory savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="213"/>
        <source>Saldo minimum sukarela</source>
        <translation>Minimum voluntary balance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="216"/>
        <source>{field}: isi rupiah bulat.</source>
        <translation>{field}: enter whole rupiah.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="240"/>
        <source>{type} akan dicatat sebagai {to} (sebelumnya {before}); saldo yang ada, {amount}, dipindahkan dengan jurnal reklasifikasi hari ini.</source>
        <translation>{type} will be booked as {to} (previously {before}); the balance held, {amount}, is moved with a reclassification journal today.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="243"/>
        <source>berapa pun</source>
        <translation>whatever it is</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="244"/>
        <source>Ubah klasifikasi simpanan</source>
        <translation>Change savings classification</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="245"/>
        <source>Simpan dan reklasifikasi</source>
        <translation>Save and reclassify</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="248"/>
        <source>kewajiban</source>
        <translation>liability</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="248"/>
        <source>ekuitas</source>
        <translation>equity</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="267"/>
        <source>Aturan simpanan disimpan.</source>
        <translation>Savings rules saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="269"/>
        <source>Saldo yang ada direklasifikasi dengan jurnal hari ini (lihat Jurnal).</source>
        <translation>The balance held was reclassified with a journal today (see Journal).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="283"/>
        <source>Pola belum bisa dipakai: {problem}.</source>
        <translation>The pattern cannot be used yet: {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_savings_tab.py" line="302"/>
        <source>Pola nomor anggota disimpan; berlaku untuk anggota yang didaftarkan setelah ini.</source>
        <translation>Member number pattern saved; it applies to members registered from now on.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="18"/>
        <source>Profil koperasi</source>
        <translation>Cooperative profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="21"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="24"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="27"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="30"/>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="33"/>
        <source>Simpanan &amp; Anggota</source>
        <translation>Savings &amp; Members</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="36"/>
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_page.py" line="14"/>
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
        <location filename="../../app/ui/shell.py" line="221"/>
        <source>Cadangan otomatis gagal</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="245"/>
        <source>Membuat cadangan sebelum menutup…</source>
        <translation>Backing up before closing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="257"/>
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell.py" line="258"/>
        <source>Cadangan saat menutup gagal dibuat:
{error}</source>
        <translation>The backup on closing failed:
{error}</translation>
    </message>
</context>
<context>
    <name>ShiftActions</name>
    <message>
        <location filename="../../app/ui/pages/till_shift_actions.py" line="46"/>
        <source>Kas masuk/keluar tercatat.</source>
        <translation>Cash in/out recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_actions.py" line="54"/>
        <source>Penjualan {number} dibatalkan.</source>
        <translation>Sale {number} voided.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_actions.py" line="58"/>
        <source>tunai</source>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_actions.py" line="58"/>
        <source>ke kasbon</source>
        <translation>to credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_actions.py" line="59"/>
        <source>Retur {number} dari {sale}: {total} dikembalikan ({how}).</source>
        <translation>Return {number} of {sale}: {total} refunded ({how}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_actions.py" line="67"/>
        <source>Selesaikan atau tahan (F6) keranjang sekarang sebelum menutup shift.</source>
        <translation>Finish or hold (F6) the current cart before closing the shift.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_actions.py" line="74"/>
        <source>Masih ada penjualan menunggu pembayaran QRIS: {numbers}. Konfirmasi atau batalkan dahulu (F1), lalu tutup shift.</source>
        <translation>Sales are still waiting for QRIS payment: {numbers}. Confirm or cancel them first (F1), then close the shift.</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="47"/>
        <source>{n} transaksi · {total}</source>
        <translation>{n} sales · {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="48"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="49"/>
        <source>Hari usaha</source>
        <translation>Business day</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="50"/>
        <source>Dibuka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="52"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="54"/>
        <source>Modal awal</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="55"/>
        <source>Penjualan</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="60"/>
        <source>Dibatalkan</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="62"/>
        <source>Retur</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="62"/>
        <source>{n} · dikembalikan tunai {total}</source>
        <translation>{n} · cash refunded {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="64"/>
        <source>Kas masuk</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="65"/>
        <source>Kas keluar</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="67"/>
        <source>Kas seharusnya di laci</source>
        <translation>Expected cash in drawer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="69"/>
        <source>Kas dihitung</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="71"/>
        <source>Pas, tidak ada selisih</source>
        <translation>Exact, no difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="72"/>
        <source>Kas lebih {amount}</source>
        <translation>Cash over {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="73"/>
        <source>Kas kurang {amount}</source>
        <translation>Cash short {amount}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="74"/>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>ShuPage</name>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="51"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="53"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="57"/>
        <source>Simpan Daftar Pembagian SHU</source>
        <translation>Save the SHU distribution list</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="76"/>
        <source>Tersimpan di {path}.</source>
        <translation>Saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="80"/>
        <source>Berkas siap</source>
        <translation>File ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="81"/>
        <source>Buka sekarang?</source>
        <translation>Open it now?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="82"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="341"/>
        <source>SHU (Sisa Hasil Usaha)</source>
        <translation>SHU (surplus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="348"/>
        <source>Simulasi</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="349"/>
        <source>Tahun Buku</source>
        <translation>Financial Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="350"/>
        <source>Aturan</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="27"/>
        <source>Cadangan</source>
        <translation>Reserves</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="28"/>
        <source>Jasa modal anggota (JMA)</source>
        <translation>Members&apos; capital share (JMA)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="29"/>
        <source>Jasa usaha anggota (JUA)</source>
        <translation>Members&apos; patronage share (JUA)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="30"/>
        <source>Dana pengurus</source>
        <translation>Board fund</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="31"/>
        <source>Dana karyawan</source>
        <translation>Staff fund</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="32"/>
        <source>Dana pendidikan</source>
        <translation>Education fund</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="33"/>
        <source>Dana sosial</source>
        <translation>Social fund</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="34"/>
        <source>Dana pembangunan daerah kerja</source>
        <translation>Local development fund</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="40"/>
        <source>Pembelian anggota</source>
        <translation>Member purchases</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="41"/>
        <source>Jasa pinjaman yang dibayar</source>
        <translation>Loan interest paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="42"/>
        <source>Pembelian dan jasa pinjaman (berbobot)</source>
        <translation>Purchases and loan interest (weighted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="48"/>
        <source>Simpanan pokok + wajib akhir tahun</source>
        <translation>Principal + mandatory savings at year end</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_editor.py" line="49"/>
        <source>Rata-rata saldo harian pokok + wajib</source>
        <translation>Average daily principal + mandatory savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="38"/>
        <source>Bagian</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="39"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="41"/>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="56"/>
        <location filename="../../app/ui/pages/shu_page_year.py" line="36"/>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="57"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="58"/>
        <source>Ke sukarela</source>
        <translation>Into voluntary savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="66"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="67"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="85"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="87"/>
        <source>Pembelian</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="90"/>
        <source>Jasa pinjaman</source>
        <translation>Loan interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="68"/>
        <source>JMA</source>
        <translation>Capital share</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="69"/>
        <source>JUA</source>
        <translation>Patronage share</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="70"/>
        <source>Jumlah SHU</source>
        <translation>SHU total</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="76"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_tables.py" line="80"/>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="37"/>
        <source>Transfer bank</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="38"/>
        <source>Ke simpanan sukarela</source>
        <translation>Into voluntary savings</translation>
    </message>
</context>
<context>
    <name>SimulationTab</name>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="105"/>
        <source>Ambil SHU dari PHU</source>
        <translation>Take SHU from the income statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="113"/>
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="113"/>
        <source>Ekspor XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="114"/>
        <source>Simpan sebagai aturan</source>
        <translation>Keep as the rules</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="119"/>
        <source>Tahun buku</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="121"/>
        <source>SHU yang dibagi (Rp)</source>
        <translation>SHU to divide (Rp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="131"/>
        <source>Simulasi untuk menyiapkan RAT: tidak ada yang disimpan. Persentase harus berjumlah tepat 100%.</source>
        <translation>A simulation to prepare the annual members&apos; meeting: nothing is saved. The percentages must total exactly 100%.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="224"/>
        <source>Isi SHU yang dibagi (lebih dari nol).</source>
        <translation>Enter the SHU to divide (more than zero).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="244"/>
        <source>{n} anggota · jasa modal {jma} · jasa usaha {jua} · cadangan {cad} · dana-dana {dana}</source>
        <translation>{n} members · capital share {jma} · patronage share {jua} · reserves {cad} · funds {dana}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="253"/>
        <source>PHU {year} saat ini: SHU anggota {a}, non-anggota {n}{closed}.</source>
        <translation>Income statement {year} so far: member SHU {a}, non-member {n}{closed}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="257"/>
        <source> (tahun sudah ditutup)</source>
        <translation> (year closed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="257"/>
        <source> (tahun belum ditutup)</source>
        <translation> (year not yet closed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="260"/>
        <source>Perhatian: {w}</source>
        <translation>Note: {w}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page.py" line="286"/>
        <source>Aturan SHU disimpan.</source>
        <translation>SHU rules saved.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="26"/>
        <source>Rekening Koran {number}</source>
        <translation>Statement {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="33"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="34"/>
        <source>Buat PDF…</source>
        <translation>Make PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="36"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/member_print.py" line="43"/>
        <source>{name}: saldo awal, setiap setoran dan penarikan, dan saldo akhir bulan itu per jenis simpanan.</source>
        <translation>{name}: opening balance, every deposit and withdrawal, and the closing balance of that month per savings type.</translation>
    </message>
</context>
<context>
    <name>StatementsDialog</name>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="41"/>
        <source>Rekening Koran Bulanan</source>
        <translation>Monthly Member Statements</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="47"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="53"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="54"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="55"/>
        <source>Cetak bolak-balik: tiap anggota mulai di lembar baru</source>
        <translation>Double-sided printing: every member starts on a new sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="56"/>
        <source>PDF gabungan mendapat halaman kosong setelah anggota yang jumlah halamannya ganjil</source>
        <translation>The combined PDF gets a blank page after a member with an odd number of pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="62"/>
        <source>%v dari %m anggota</source>
        <translation>%v of %m members</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="65"/>
        <source>Buat Rekening Koran</source>
        <translation>Create Statements</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="67"/>
        <location filename="../../app/ui/pages/statements_dialog.py" line="133"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="75"/>
        <source>Untuk setiap anggota aktif: simpanan per jenis (saldo awal, mutasi, saldo akhir), angsuran pinjaman yang dibayar dan sisa pokok akhir bulan, dan belanja di gerai. Satu PDF per anggota, satu PDF gabungan siap cetak, dan ringkasan untuk bendahara (PDF dan XLSX).</source>
        <translation>For every active member: savings per type (opening balance, movements, closing balance), loan installments paid and principal outstanding at month end, and purchases at the outlet. One PDF per member, one combined PDF ready to print, and a summary for the treasurer (PDF and XLSX).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="97"/>
        <source>Folder rekening koran</source>
        <translation>Folder for the statements</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="116"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="140"/>
        <source>Rekening koran {month}: {count} anggota, {pages} halaman, tersimpan di {folder}.</source>
        <translation>Statements {month}: {count} members, {pages} pages, saved in {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="144"/>
        <source>Rekening koran siap</source>
        <translation>Statements ready</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="145"/>
        <source>Buka PDF gabungan sekarang?</source>
        <translation>Open the combined PDF now?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="145"/>
        <source>Buka PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/statements_dialog.py" line="159"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="24"/>
        <source>Penerimaan</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="25"/>
        <source>Stok opname</source>
        <translation>Stock take</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="26"/>
        <source>Penyesuaian</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="27"/>
        <source>Penjualan</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="28"/>
        <source>Retur</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="29"/>
        <source>Batal jual</source>
        <translation>Voided sale</translation>
    </message>
</context>
<context>
    <name>StockCardDialog</name>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="42"/>
        <source>Kartu stok</source>
        <translation>Stock card</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="50"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="51"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="52"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="53"/>
        <source>Masuk/keluar</source>
        <translation>In/out</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="54"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="55"/>
        <source>Sisa</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="56"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="60"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_card_dialog.py" line="76"/>
        <source>Stok {qty} {unit} · nilai {value} · harga pokok rata-rata {cost} · {count} gerakan terakhir</source>
        <translation>Stock {qty} {unit} · value {value} · average cost {cost} · last {count} movements</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../app/ui/pages/stock_page.py" line="19"/>
        <source>Katalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_page.py" line="23"/>
        <source>Penerimaan</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_page.py" line="24"/>
        <source>Stok opname</source>
        <translation>Stock take</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_page.py" line="25"/>
        <source>Penyesuaian</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_page.py" line="30"/>
        <source>Logbook LPG</source>
        <translation>LPG logbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_page.py" line="15"/>
        <source>Persediaan</source>
        <translation>Stock</translation>
    </message>
</context>
<context>
    <name>StockTakeTab</name>
    <message>
        <location filename="../../app/ui/pages/stock_take_tab.py" line="25"/>
        <source>Tambah satu kategori</source>
        <translation>Add a whole category</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_take_tab.py" line="32"/>
        <source>mis. opname akhir bulan</source>
        <translation>e.g. month-end count</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_take_tab.py" line="33"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_take_tab.py" line="34"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_take_tab.py" line="37"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_take_tab.py" line="37"/>
        <source>Stok sistem</source>
        <translation>System stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_take_tab.py" line="37"/>
        <source>Hitungan fisik</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_take_tab.py" line="37"/>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_take_tab.py" line="38"/>
        <source>Nilai selisih</source>
        <translation>Difference value</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_take_tab.py" line="41"/>
        <source>Simpan stok opname</source>
        <translation>Save stock take</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/stock_take_tab.py" line="44"/>
        <source>Selisih nilai: {amount}</source>
        <translation>Value difference: {amount}</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="57"/>
        <source>Dibayar, belum settle</source>
        <translation>Paid, not settled</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="58"/>
        <source>Tanpa pembayaran</source>
        <translation>Without a payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="59"/>
        <source>Perlu diputuskan</source>
        <translation>To decide</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="60"/>
        <source>Piutang QRIS di buku</source>
        <translation>QRIS receivable in the books</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="61"/>
        <source>Sudah settle</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="80"/>
        <source>{count} pembayaran · tertua {days} hari</source>
        <translation>{count} payments · oldest {days} days</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="83"/>
        <source>tidak ada: semua sudah disetor bank</source>
        <translation>none: the bank settled everything</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="88"/>
        <source>{count} baris settlement belum dicocokkan</source>
        <translation>{count} settlement rows not matched</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="91"/>
        <source>ragu {a} · jumlah beda {m} · saran {s}</source>
        <translation>ambiguous {a} · amount differs {m} · suggested {s}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="94"/>
        <source>akun 1103 Piutang QRIS (belum settle)</source>
        <translation>account 1103 QRIS Receivable (not settled)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_tables.py" line="96"/>
        <source>{count} transaksi · MDR {mdr}</source>
        <translation>{count} transactions · MDR {mdr}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="206"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="207"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="208"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="209"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="210"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="211"/>
        <source>Unggah</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="212"/>
        <source>Kesalahan terakhir</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="227"/>
        <source>Ekspor Bulan…</source>
        <translation>Export Month…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="228"/>
        <source>Ekspor sejak ekspor terakhir…</source>
        <translation>Export since last export…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="229"/>
        <source>Kirim sekarang</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="230"/>
        <source>Kirim ulang</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="231"/>
        <source>Impor tanda terima…</source>
        <translation>Import acknowledgement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="232"/>
        <source>Kunci publik…</source>
        <translation>Public key…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="233"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="245"/>
        <source>Unggah ke hub kabupaten</source>
        <translation>Upload to the district hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="247"/>
        <source>https://hub.kabupaten.go.id (kosong = hanya simpan ke folder)</source>
        <translation>https://hub.kabupaten.go.id (empty = save to a folder only)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="248"/>
        <source>Simpan alamat</source>
        <translation>Save address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="250"/>
        <source>Alamat hub</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="281"/>
        <source>Paket</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="282"/>
        <source>Data koperasi</source>
        <translation>Cooperative details</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="286"/>
        <source>Sinkronisasi</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="288"/>
        <source>Paket laporan bulanan untuk dinas kabupaten: simpan ke folder (mis. flashdisk) atau unggah ke hub. Paket yang gagal terkirim dicoba lagi otomatis; tanda terima dari kabupaten menandai paket diterima.</source>
        <translation>Monthly report packages for the district office: save to a folder (e.g. a USB stick) or upload to the hub. Packages that fail to send are retried automatically; the district&apos;s acknowledgement marks a package as received.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="314"/>
        <source>{first} s.d. {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="316"/>
        <source> (koreksi {n})</source>
        <translation> (correction of {n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="319"/>
        <source>dibuat</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="319"/>
        <location filename="../../app/ui/pages/sync_page.py" line="330"/>
        <source>terkirim</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="320"/>
        <source>diterima kabupaten</source>
        <translation>acknowledged by the district</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="327"/>
        <source>menunggu · coba lagi {at}</source>
        <translation>waiting · retry at {at}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="329"/>
        <source>menunggu dikirim</source>
        <translation>waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="330"/>
        <source>ditolak hub</source>
        <translation>refused by the hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="367"/>
        <source>Sidik jari kunci gerai: {fp}</source>
        <translation>Outlet key fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="368"/>
        <source>Kunci tanda tangan dibuat saat ekspor pertama.</source>
        <translation>The signing key is made at the first export.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="370"/>
        <source>Ekspor ke kabupaten untuk {month} belum dibuat.</source>
        <translation>The district export for {month} has not been made yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="375"/>
        <source>Alamat hub belum diatur: paket hanya disimpan ke folder.</source>
        <translation>No hub address set: packages are only saved to a folder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="377"/>
        <source>{count} paket menunggu diunggah ke {url}.</source>
        <translation>{count} package(s) waiting to be uploaded to {url}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="379"/>
        <source>Tidak ada paket yang menunggu diunggah ke {url}.</source>
        <translation>No package is waiting to be uploaded to {url}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="394"/>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="419"/>
        <source>Paket {file} (nomor {n}) tersimpan di {folder}.</source>
        <translation>Package {file} (number {n}) saved in {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="422"/>
        <source>Data tidak berubah: paket yang sama ditulis lagi.</source>
        <translation>The data has not changed: the same package was written again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="424"/>
        <source>Paket diantrekan untuk diunggah ke hub.</source>
        <translation>The package is queued for upload to the hub.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="443"/>
        <source>Tidak ada paket yang menunggu dikirim.</source>
        <translation>No package is waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="448"/>
        <source>{file}: diterima hub</source>
        <translation>{file}: accepted by the hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="449"/>
        <source>, tanda terima diimpor</source>
        <translation>, acknowledgement imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="451"/>
        <source>{file}: ditolak hub — {reason}</source>
        <translation>{file}: refused by the hub — {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="454"/>
        <source>{file}: belum terkirim, dicoba lagi nanti — {reason}</source>
        <translation>{file}: not sent yet, will retry later — {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="475"/>
        <source>Pilih berkas paket {file}</source>
        <translation>Choose the package file {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="476"/>
        <source>Paket Kopdes (kopdes-*.zip)</source>
        <translation>Kopdes packages (kopdes-*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="488"/>
        <source>Paket {file} diantrekan untuk diunggah.</source>
        <translation>Package {file} is queued for upload.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="493"/>
        <source>Pilih tanda terima dari kabupaten</source>
        <translation>Choose the district&apos;s acknowledgement</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="494"/>
        <source>Tanda terima (kopdes-ack-*.json)</source>
        <translation>Acknowledgements (kopdes-ack-*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="511"/>
        <source>Paket {file} sudah tercatat diterima kabupaten.</source>
        <translation>Package {file} was already recorded as acknowledged by the district.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="512"/>
        <source>Paket {file} (nomor {n}) diterima kabupaten.</source>
        <translation>Package {file} (number {n}) acknowledged by the district.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="522"/>
        <source>Folder untuk kunci publik</source>
        <translation>Folder for the public key</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="536"/>
        <source>Kunci publik tersimpan di {path}. Sidik jari: {fp} — cocokkan dengan petugas kabupaten saat mendaftar.</source>
        <translation>Public key saved in {path}. Fingerprint: {fp} — compare it with the district officer when registering.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="558"/>
        <source>Alamat hub disimpan: {url}.</source>
        <translation>Hub address saved: {url}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_page.py" line="559"/>
        <source>Alamat hub dikosongkan: paket hanya disimpan ke folder.</source>
        <translation>Hub address cleared: packages are only saved to a folder.</translation>
    </message>
</context>
<context>
    <name>SyncProfileBox</name>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="25"/>
        <source>Sembako (toko/gerai)</source>
        <translation>Groceries (shop/outlet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="26"/>
        <source>LPG 3 kg (sub-pangkalan)</source>
        <translation>LPG 3 kg (sub-base)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="27"/>
        <source>Simpan pinjam</source>
        <translation>Savings and loans</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="28"/>
        <source>Logistik/distribusi</source>
        <translation>Logistics/distribution</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="29"/>
        <source>Laku Pandai</source>
        <translation>Laku Pandai (branchless banking)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="30"/>
        <source>BRILink</source>
        <translation>BRILink</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="31"/>
        <source>Agen46</source>
        <translation>Agen46</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="32"/>
        <source>Agenpos</source>
        <translation>Agenpos</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="33"/>
        <source>Agen PLN</source>
        <translation>PLN agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="34"/>
        <source>Pupuk</source>
        <translation>Fertiliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="35"/>
        <source>Rumah Pangan Kita</source>
        <translation>Rumah Pangan Kita (food outlet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="36"/>
        <source>Apotek desa</source>
        <translation>Village pharmacy</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="37"/>
        <source>Klinik desa</source>
        <translation>Village clinic</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="88"/>
        <source>Data koperasi untuk kabupaten</source>
        <translation>Cooperative details for the district</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="90"/>
        <source>Ikut dalam setiap paket laporan ke dinas kabupaten dan tampil di laporan kabupaten.</source>
        <translation>Included in every report package to the district office and shown in the district report.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="93"/>
        <source>10 angka, mis. 3203052003</source>
        <translation>10 digits, e.g. 3203052003</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="98"/>
        <source>kode desa/kelurahan dari Kemendagri; kosongkan bila belum tahu</source>
        <translation>village code from the Ministry of Home Affairs (Kemendagri); leave empty if not known yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="114"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="114"/>
        <source>Mitra</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="114"/>
        <source>Sejak (boleh kosong)</source>
        <translation>Since (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="118"/>
        <source>Belum ada kemitraan.</source>
        <translation>No partnerships yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="119"/>
        <source>Tambah kemitraan</source>
        <translation>Add partnership</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="129"/>
        <source>Nama anggota boleh ikut dalam paket</source>
        <translation>Member names may be included in the package</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="131"/>
        <source>Nama anggota adalah data pribadi: centang hanya bila kabupaten memintanya dan anggota sudah tahu.</source>
        <translation>Member names are personal data: tick only if the district asks for them and the members have been told.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="135"/>
        <source>Simpan data koperasi</source>
        <translation>Save cooperative details</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="143"/>
        <source>Kode wilayah desa</source>
        <translation>Village region code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="144"/>
        <source>Unit usaha</source>
        <translation>Business units</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="145"/>
        <source>Kemitraan</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="150"/>
        <source>Data pribadi</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="174"/>
        <source>Jenis usaha yang dijalankan bersama mitra</source>
        <translation>The kind of business run with the partner</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="174"/>
        <source>mis. BRI</source>
        <translation>e.g. BRI</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="175"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="175"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_profile_box.py" line="245"/>
        <source>Data koperasi disimpan; ikut dalam paket berikutnya.</source>
        <translation>Cooperative details saved; they go into the next package.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="25"/>
        <source>Templat jurnal</source>
        <translation>Journal templates</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="30"/>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="53"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="31"/>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="54"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="32"/>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="55"/>
        <source>Akun debit</source>
        <translation>Debit account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="33"/>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="56"/>
        <source>Dibayar dari</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="34"/>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="57"/>
        <source>Jumlah bawaan</source>
        <translation>Default amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="40"/>
        <source>mis. bbm-motor</source>
        <translation>e.g. bbm-motor</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="59"/>
        <source>Templat baru</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="60"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="61"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="62"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="72"/>
        <source>Templat bawaan bisa diubah (misalnya diberi jumlah bawaan); menghapus ubahan itu mengembalikan templat bawaan. Jumlah 0 = diisi setiap kali.</source>
        <translation>A built-in template can be changed (e.g. given a default amount); deleting that change brings the built-in back. Amount 0 = typed each time.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="85"/>
        <source>Kas</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="85"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="128"/>
        <source>Templat {key} disimpan.</source>
        <translation>Template {key} saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_templates_dialog.py" line="134"/>
        <source>Templat {key} dihapus.</source>
        <translation>Template {key} deleted.</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="35"/>
        <source>Tunai (uang diterima)</source>
        <translation>Cash (money received)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="36"/>
        <source>Kasbon anggota</source>
        <translation>Member credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="37"/>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="40"/>
        <source>Rumah tangga</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="41"/>
        <source>Usaha mikro</source>
        <translation>Micro business</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_payment_dialog.py" line="42"/>
        <source>Pengecer</source>
        <translation>Retailer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_common.py" line="75"/>
        <source>Isi nama pengguna dan PIN pengurus yang menyetujui.</source>
        <translation>Enter the approving board member&apos;s username and PIN.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_common.py" line="76"/>
        <source>persetujuan di kasir</source>
        <translation>approval at the till</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_common.py" line="114"/>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>TillPage</name>
    <message>
        <location filename="../../app/ui/pages/till_page.py" line="118"/>
        <source>Kasir {till} · {number}</source>
        <translation>Till {till} · {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_page.py" line="119"/>
        <source>Kasir: {name} · Hari usaha {day} · dibuka {at} oleh {by}</source>
        <translation>Cashier: {name} · Business day {day} · opened {at} by {by}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_page.py" line="246"/>
        <source>Keranjang masih kosong.</source>
        <translation>The cart is empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_page.py" line="299"/>
        <source>{name} bukan anggota aktif.</source>
        <translation>{name} is not an active member.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_page.py" line="305"/>
        <source>Anggota {no} {name}: harga anggota berlaku.</source>
        <translation>Member {no} {name}: member prices apply.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_page.py" line="306"/>
        <source>Anggota dilepas: harga umum berlaku.</source>
        <translation>Member removed: regular prices apply.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_page.py" line="312"/>
        <source>Keranjang masih kosong: pindai barang dahulu.</source>
        <translation>The cart is empty: scan items first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_page.py" line="368"/>
        <source>Penjualan {number} menunggu pembayaran QRIS. Selesaikan nanti dari daftar QRIS menunggu (F1).</source>
        <translation>Sale {number} is waiting for QRIS payment. Finish it later from the waiting QRIS list (F1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_page.py" line="374"/>
        <source>Penjualan {number} dibatalkan. Keranjang kembali: pilih cara bayar lain (F12).</source>
        <translation>Sale {number} cancelled. The cart is back: choose another way to pay (F12).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_page.py" line="377"/>
        <location filename="../../app/ui/pages/till_page.py" line="396"/>
        <source>Penjualan {number} dibatalkan.</source>
        <translation>Sale {number} cancelled.</translation>
    </message>
</context>
<context>
    <name>TillPrinting</name>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="40"/>
        <source>Tercetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="42"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="44"/>
        <source>Gagal: {reason}</source>
        <translation>Failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="45"/>
        <source>sebab tidak diketahui</source>
        <translation>reason unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="47"/>
        <source> (dicoba lagi otomatis)</source>
        <translation> (retrying automatically)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="50"/>
        <source>Menunggu: printer belum diatur di komputer ini</source>
        <translation>Waiting: no printer set up on this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="51"/>
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="58"/>
        <source>Salinan tercetak</source>
        <translation>Copy printed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="58"/>
        <source>Struk tercetak</source>
        <translation>Receipt printed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="60"/>
        <source>Cetak struk dibatalkan</source>
        <translation>Receipt printing cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="62"/>
        <source>Struk gagal dicetak · Ctrl+P: coba lagi</source>
        <translation>Receipt failed to print · Ctrl+P: try again</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="64"/>
        <source>Struk menunggu: printer belum diatur</source>
        <translation>Receipt waiting: no printer set up</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_receipt_panel.py" line="65"/>
        <source>Struk sedang dicetak…</source>
        <translation>Printing the receipt…</translation>
    </message>
</context>
<context>
    <name>TillView</name>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="67"/>
        <source>Pindai barcode atau ketik kode, Enter · 3* lalu pindai = 3 barang</source>
        <translation>Scan a barcode or type a code, Enter · 3* then scan = 3 items</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="114"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="127"/>
        <source>Anggota (F4)</source>
        <translation>Member (F4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="134"/>
        <source>Transaksi terakhir</source>
        <translation>Last sale</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="156"/>
        <source>&amp;Kas masuk/keluar</source>
        <translation>&amp;Cash in/out</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="157"/>
        <source>&amp;Retur / batal</source>
        <translation>&amp;Return / void</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="158"/>
        <source>&amp;Tutup shift</source>
        <translation>Close &amp;shift</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="159"/>
        <source>&amp;Layar pelanggan</source>
        <translation>Customer &amp;display</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="176"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="176"/>
        <location filename="../../app/ui/pages/till_view.py" line="225"/>
        <source>QRIS menunggu</source>
        <translation>QRIS waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="177"/>
        <source>Cari barang</source>
        <translation>Find item</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="177"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="178"/>
        <source>Harga/diskon</source>
        <translation>Price/discount</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="178"/>
        <source>Tahan</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="179"/>
        <source>Panggil</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="179"/>
        <source>Laporan X</source>
        <translation>X report</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="180"/>
        <source>Hapus baris</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="181"/>
        <source>BAYAR</source>
        <translation>PAY</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="223"/>
        <source>QRIS menunggu: {n} (F1)</source>
        <translation>QRIS waiting: {n} (F1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="180"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="187"/>
        <source>Esc: kosongkan kolom
↑/↓: pilih baris</source>
        <translation>Esc: clear the field
↑/↓: choose a line</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="188"/>
        <source>Ctrl+P: cetak ulang struk</source>
        <translation>Ctrl+P: reprint receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="197"/>
        <source>{n} baris</source>
        <translation>{n} lines</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="198"/>
        <source>{qty} ×</source>
        <translation>{qty} ×</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="201"/>
        <source>Bukan anggota. F4 atau pindai kartu anggota untuk harga anggota.</source>
        <translation>Not a member. F4 or scan a member card for member prices.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="203"/>
        <source>kasbon tersedia {rp}</source>
        <translation>credit available {rp}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="204"/>
        <source>tanpa kasbon</source>
        <translation>no credit</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="209"/>
        <source>Kembalian {change}</source>
        <translation>Change {change}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="211"/>
        <source>&lt;br&gt;NIK {nik}</source>
        <translation>&lt;br&gt;NIK {nik}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="213"/>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {at}&lt;br&gt;Total {total} · {paid}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {at}&lt;br&gt;Total {total} · {paid}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_view.py" line="217"/>
        <source>Penjualan {number} tersimpan.</source>
        <translation>Sale {number} saved.</translation>
    </message>
</context>
<context>
    <name>UnmatchDialog</name>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="315"/>
        <source>Batalkan pencocokan baris #{id}</source>
        <translation>Undo the match of row #{id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="317"/>
        <source>&lt;b&gt;Baris #{id}&lt;/b&gt; · {file} (baris {no}) · ref {reference}&lt;br&gt;cocok dengan &lt;b&gt;{sale}&lt;/b&gt; ({kind}) · {gross}, MDR {mdr}, masuk bank {net} · jurnal {journal}</source>
        <translation>&lt;b&gt;Row #{id}&lt;/b&gt; · {file} (row {no}) · ref {reference}&lt;br&gt;matched with &lt;b&gt;{sale}&lt;/b&gt; ({kind}) · {gross}, MDR {mdr}, to the bank {net} · journal {journal}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="326"/>
        <source>mis. salah pilih, seharusnya PJ-20261123-0042</source>
        <translation>e.g. wrong pick, should be PJ-20261123-0042</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="328"/>
        <source>Batalkan pencocokan…</source>
        <translation>Undo match…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="330"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="338"/>
        <source>Jurnal yang sudah diposting tidak diubah: jurnal balik (Piutang QRIS kembali, Kas di Bank dan Beban MDR berkurang) dicatat hari ini. Baris dan pembayarannya terbuka lagi dan tidak dicocokkan otomatis lagi.</source>
        <translation>Posted journals are not changed: a reversing journal (QRIS Receivable back, Cash in Bank and MDR Expense down) is recorded today. The row and its payment are open again and are not matched automatically again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="341"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="356"/>
        <source>Batalkan pencocokan?</source>
        <translation>Undo the match?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="357"/>
        <source>Batalkan pencocokan baris #{id} dengan {sale} ({gross})?

Jurnal balik akan diposting.</source>
        <translation>Undo the match of row #{id} with {sale} ({gross})?

A reversing journal will be posted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/qris_reconcile_dialogs.py" line="359"/>
        <source>Batalkan dan posting</source>
        <translation>Undo and post</translation>
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
        <location filename="../../app/ui/pages/settings_users_tab.py" line="137"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="40"/>
        <source>Aktifkan / buka kunci</source>
        <translation>Activate / unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="64"/>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="66"/>
        <source>Terkunci s.d. {when}</source>
        <translation>Locked until {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="67"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="70"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="122"/>
        <source>PIN {username} diganti.</source>
        <translation>PIN of {username} changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="128"/>
        <source>Pengguna {username} disimpan.</source>
        <translation>User {username} saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="134"/>
        <source>Nonaktifkan pengguna</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="135"/>
        <source>Nonaktifkan {name} ({username})? Riwayatnya tetap tersimpan; akun bisa diaktifkan lagi.</source>
        <translation>Deactivate {name} ({username})? Their history is kept; the account can be activated again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="138"/>
        <source>{username} dinonaktifkan.</source>
        <translation>{username} deactivated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings_users_tab.py" line="143"/>
        <source>{username} aktif kembali.</source>
        <translation>{username} is active again.</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="314"/>
        <source>Hapus Buku Pinjaman</source>
        <translation>Write Off Loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="315"/>
        <source>Sisa pokok {amount} dibebankan sebagai Beban Penghapusan Piutang. Tagihan kepada anggota tetap dicatat dan bisa dipulihkan bila kelak dibayar.</source>
        <translation>The outstanding {amount} is charged to Bad Debt Expense. The claim on the member is kept and can be recovered if it is paid later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="324"/>
        <source>mis. anggota pindah, tidak tertagih</source>
        <translation>e.g. the member moved away, uncollectable</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="325"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="327"/>
        <source>Hapus Buku (Enter)</source>
        <translation>Write Off (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="332"/>
        <source>Tulis alasan hapus buku.</source>
        <translation>Write the reason for the write-off.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/loan_dialogs.py" line="339"/>
        <source>Pinjaman {number} dihapus buku ({journal}); tagihan {amount} tetap dicatat.</source>
        <translation>Loan {number} written off ({journal}); the claim of {amount} is kept.</translation>
    </message>
</context>
<context>
    <name>XReportDialog</name>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="141"/>
        <source>Laporan X — {number}</source>
        <translation>X report — {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="149"/>
        <source>Jumlah kas seharusnya baru terlihat setelah kas dihitung saat tutup shift.</source>
        <translation>The expected cash is shown only after the drawer is counted at shift close.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="152"/>
        <source>Tutup (Enter)</source>
        <translation>Close (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="153"/>
        <source>Cetak (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/till_shift_dialogs.py" line="177"/>
        <source>Laporan X dikirim ke printer.</source>
        <translation>X report sent to the printer.</translation>
    </message>
</context>
<context>
    <name>YearCloseDialog</name>
    <message>
        <location filename="../../app/ui/pages/books_year_dialog.py" line="26"/>
        <location filename="../../app/ui/pages/books_year_dialog.py" line="48"/>
        <source>Tutup Tahun {year}</source>
        <translation>Close Year {year}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_year_dialog.py" line="29"/>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_year_dialog.py" line="30"/>
        <source>Nama akun</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_year_dialog.py" line="31"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_year_dialog.py" line="32"/>
        <source>Saldo 31 Des</source>
        <translation>Balance 31 Dec</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_year_dialog.py" line="39"/>
        <source>Pendapatan {income} − beban {expense} = &lt;b&gt;{what} {shu}&lt;/b&gt;, dipindah ke 3105 SHU Tahun Berjalan dengan satu jurnal TT bertanggal 31 Desember {year}.</source>
        <translation>Income {income} − expenses {expense} = &lt;b&gt;{what} {shu}&lt;/b&gt;, moved to 3105 SHU Tahun Berjalan by one TT journal dated 31 December {year}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_year_dialog.py" line="42"/>
        <source>SHU</source>
        <translation>SHU</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_year_dialog.py" line="42"/>
        <source>rugi</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_year_dialog.py" line="50"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/books_year_dialog.py" line="58"/>
        <source>Sesudah ditutup, tahun ini tidak bisa dibuka lagi: saldo awal tahun berikutnya sama dengan saldo penutupan, pendapatan dan beban mulai dari nol.</source>
        <translation>Once closed, the year cannot be reopened: the next year&apos;s opening balances equal the closing balances, and income and expenses start from zero.</translation>
    </message>
</context>
<context>
    <name>YearTab</name>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="76"/>
        <source>Hitung</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="83"/>
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="83"/>
        <source>Ekspor XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="84"/>
        <source>Bukukan Pembagian SHU…</source>
        <translation>Post the SHU distribution…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="88"/>
        <source>Bayar anggota terpilih…</source>
        <translation>Pay the selected member…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="89"/>
        <source>Semua yang belum dibayar ke sukarela…</source>
        <translation>Everyone unpaid into voluntary savings…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="94"/>
        <source>Tahun buku</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="105"/>
        <source>Cara bayar</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="115"/>
        <source>SHU tahun buku yang sudah ditutup, menurut aturan tersimpan. Setelah disetujui RAT, bukukan pembagiannya, lalu bayar anggota.</source>
        <translation>The SHU of a closed financial year by the saved rules. Once the annual members&apos; meeting approves it, post the distribution, then pay the members.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="164"/>
        <source>SHU {year}: {shu} (anggota {a}, non-anggota {n} ke cadangan); jasa modal {jma}, jasa usaha {jua}, cadangan {cad}, dana-dana {dana}.</source>
        <translation>SHU {year}: {shu} (members {a}, non-members {n} to reserves); capital share {jma}, patronage share {jua}, reserves {cad}, funds {dana}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="177"/>
        <source>Perhatian: {w}</source>
        <translation>Note: {w}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="180"/>
        <source>Sudah dibagi ({journal}, {day}). Dibayar {paid} dari {members} anggota; belum dibayar {unpaid}.</source>
        <translation>Distributed ({journal}, {day}). Paid {paid} of {members} members; unpaid {unpaid}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="189"/>
        <source>Belum dibagi.</source>
        <translation>Not distributed yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="230"/>
        <source>Bukukan pembagian SHU tahun {year} sesuai keputusan RAT?

Debit SHU Tahun Berjalan {shu}
Kredit Cadangan {cad}
Kredit Dana-dana SHU {dana}
Kredit SHU Anggota Belum Dibayar {members} ({n} anggota)

Pembagian hanya bisa dibukukan sekali.</source>
        <translation>Post the distribution of the {year} SHU as the annual members&apos; meeting decided?

Debit Current-year SHU {shu}
Credit Reserves {cad}
Credit SHU funds {dana}
Credit Members&apos; SHU payable {members} ({n} members)

The distribution can be posted only once.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="242"/>
        <source>Bukukan pembagian SHU</source>
        <translation>Post the SHU distribution</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="242"/>
        <source>Bukukan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="251"/>
        <source>Pembagian SHU {year} dibukukan: {journal}.</source>
        <translation>SHU {year} distribution posted: {journal}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="268"/>
        <source>Bayar SHU {year} {no} {name} sebesar {total} ({method})?</source>
        <translation>Pay SHU {year} to {no} {name}: {total} ({method})?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="276"/>
        <source>Bayar SHU</source>
        <translation>Pay SHU</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="276"/>
        <location filename="../../app/ui/pages/shu_page_year.py" line="317"/>
        <source>Bayar</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="286"/>
        <source>{journal}: SHU {no} {total} dibayar ({method}).</source>
        <translation>{journal}: SHU {no} {total} paid ({method}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="314"/>
        <source>Masukkan SHU {year} semua anggota aktif yang belum dibayar ke simpanan sukarela masing-masing? Anggota yang sudah keluar dibayar tunai satu per satu.</source>
        <translation>Pay the {year} SHU of every active member not yet paid into their voluntary savings? Members who have left are paid in cash one by one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="317"/>
        <source>Bayar ke sukarela</source>
        <translation>Pay into voluntary savings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/shu_page_year.py" line="325"/>
        <source>{journal}: SHU {n} anggota {total} masuk simpanan sukarela.</source>
        <translation>{journal}: SHU of {n} members, {total}, paid into voluntary savings.</translation>
    </message>
</context>
</TS>

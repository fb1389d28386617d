"""Printer transports on real loopback sockets, pseudo-terminals, files and processes.

Nothing here leaves the machine: network printers are TCP listeners on
127.0.0.1, serial printers are pseudo-terminals, `lp` is a script on PATH, and
the USB printer is a fake libusb backend under the real pyusb.
"""

from __future__ import annotations

import array
import errno
import os
import select
import shutil
import socket
import stat
import struct
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
import usb.core
from usb.backend import IBackend

from app.devices import transport_spool, transport_usb, transports
from app.devices.transports import (ACCEPTED_FORMS, PrinterAddress, PrinterError, PrinterStatus, discover,
                                    parse_status, parse_uri, send, status)
from app.domain.errors import DomainError

JOB = bytes(range(256)) * 4096  # 1 MiB: several TCP windows, many pty buffers
posix_only = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals and device files are POSIX")


def fails(code: str, call, *args, within: float | None = None, **kwargs) -> PrinterError:
    started = time.monotonic()
    with pytest.raises(PrinterError) as caught:
        call(*args, **kwargs)
    took = time.monotonic() - started
    assert caught.value.code == code, (caught.value.code, caught.value.message)
    if within is not None:
        assert took < within, f"{code} took {took:.2f}s"
    return caught.value


# -- addresses ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("uri, expected", [
    ("usb://0416:5011", PrinterAddress("usb", vendor_id=0x0416, product_id=0x5011)),
    ("USB://0x04b8:0E15?interface=1&out_ep=0x03&in_ep=0x82",
     PrinterAddress("usb", vendor_id=0x04B8, product_id=0x0E15, interface=1, out_ep=3, in_ep=0x82)),
    ("serial:///dev/ttyUSB0?baud=9600", PrinterAddress("serial", device="/dev/ttyUSB0")),
    ("serial://COM3", PrinterAddress("serial", device="COM3", baudrate=9600)),
    ("serial://com12?baud=115200&parity=even&flow=rtscts",
     PrinterAddress("serial", device="COM12", baudrate=115200, parity="E", flow="rtscts")),
    ("tcp://192.168.1.50:9100", PrinterAddress("tcp", host="192.168.1.50", port=9100)),
    ("tcp://Printer-Kasir.local", PrinterAddress("tcp", host="printer-kasir.local", port=9100)),
    ("tcp://[fe80::1]:9101", PrinterAddress("tcp", host="fe80::1", port=9101)),
    ("win32://EPSON TM-T82 Receipt", PrinterAddress("win32", name="EPSON TM-T82 Receipt")),
    ("win32://POS%2058%25", PrinterAddress("win32", name="POS 58%")),
    ("cups://POS58", PrinterAddress("cups", name="POS58")),
    ("lp://kasir_1", PrinterAddress("lp", name="kasir_1")),
    ("file:///tmp/struk%20kasir.bin", PrinterAddress("file", path="/tmp/struk kasir.bin")),
    ("  tcp://10.0.0.7  ", PrinterAddress("tcp", host="10.0.0.7", port=9100)),
])
def test_accepted_addresses_parse_and_round_trip(uri, expected):
    address = parse_uri(uri)
    assert address == expected
    assert parse_uri(address.uri) == address
    with pytest.raises(AttributeError):
        address.host = "x"  # frozen


@pytest.mark.parametrize("uri, message", [
    ("", "Alamat printer kosong."),
    ("   ", "Alamat printer kosong."),
    ("192.168.1.50:9100", 'Alamat printer "192.168.1.50:9100" salah: jenis sambungan tidak ada; awali dengan '
                          "usb://, serial://, tcp://, win32://, cups://, lp:// atau file://."),
    ("bluetooth://AA:BB", 'Alamat printer "bluetooth://AA:BB" salah: jenis sambungan "bluetooth" tidak dikenal.'),
    ("usb://0416", 'Alamat printer "usb://0416" salah: alamat USB harus berisi VID:PID dalam heksadesimal, '
                   "mis. usb://0416:5011."),
    ("usb://0416:", 'Alamat printer "usb://0416:" salah: alamat USB harus berisi VID:PID dalam heksadesimal, '
                    "mis. usb://0416:5011."),
    ("usb://04G6:5011", 'Alamat printer "usb://04G6:5011" salah: VID "04G6" bukan angka heksadesimal 1–4 digit '
                        "(mis. 0416)."),
    ("usb://0416:50110", 'Alamat printer "usb://0416:50110" salah: PID "50110" bukan angka heksadesimal 1–4 digit '
                         "(mis. 0416)."),
    ("usb://0416:5011?out_ep=0x81", 'Alamat printer "usb://0416:5011?out_ep=0x81" salah: out_ep "0x81" harus '
                                    "angka 0x01–0x0f (desimal, atau heksadesimal dengan awalan 0x)."),
    ("usb://0416:5011?speed=1", 'Alamat printer "usb://0416:5011?speed=1" salah: pilihan "speed" tidak dikenal '
                                "(yang boleh: interface, out_ep, in_ep)."),
    ("serial:///dev/ttyUSB0?baud=abc", 'Alamat printer "serial:///dev/ttyUSB0?baud=abc" salah: baud "abc" tidak '
                                       "didukung; pilih salah satu: 1200, 2400, 4800, 9600, 19200, 38400, 57600, "
                                       "115200."),
    ("serial://COM3?baud=9601", 'Alamat printer "serial://COM3?baud=9601" salah: baud "9601" tidak didukung; '
                                "pilih salah satu: 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200."),
    ("serial://ttyUSB0", 'Alamat printer "serial://ttyUSB0" salah: port serial "ttyUSB0" tidak dikenal; tulis jalur '
                         "perangkat lengkap (serial:///dev/ttyUSB0) atau nama port COM (serial://COM3)."),
    ("serial://COM3?parity=mark", 'Alamat printer "serial://COM3?parity=mark" salah: parity "mark" tidak '
                                  "dikenal; pilih none, even atau odd."),
    ("serial://COM3?baud=", 'Alamat printer "serial://COM3?baud=" salah: pilihan "baud" tidak berisi nilai.'),
    ("tcp://printer:99999", 'Alamat printer "tcp://printer:99999" salah: port "99999" harus angka 1–65535 '
                            "(printer jaringan biasanya 9100)."),
    ("tcp://printer:0", 'Alamat printer "tcp://printer:0" salah: port "0" harus angka 1–65535 (printer jaringan '
                        "biasanya 9100)."),
    ("tcp://:9100", 'Alamat printer "tcp://:9100" salah: nama host atau IP printer tidak ada, mis. '
                    "tcp://192.168.1.50:9100."),
    ("tcp://", 'Alamat printer "tcp://" salah: nama host atau IP printer tidak ada, mis. tcp://192.168.1.50:9100.'),
    ("tcp://fe80::1:9100", 'Alamat printer "tcp://fe80::1:9100" salah: alamat IPv6 harus ditulis dalam kurung '
                           "siku, mis. tcp://[fe80::1]:9100."),
    ("tcp://[fe80::zz]:9100", 'Alamat printer "tcp://[fe80::zz]:9100" salah: "fe80::zz" bukan alamat IPv6.'),
    ("tcp://300.1.1.1", 'Alamat printer "tcp://300.1.1.1" salah: "300.1.1.1" bukan nama host atau alamat IP '
                        "yang sah."),
    ("tcp://printer:9100/raw", 'Alamat printer "tcp://printer:9100/raw" salah: alamat jaringan hanya berisi '
                               "HOST:PORT, tanpa jalur atau pilihan."),
    ("win32://", 'Alamat printer "win32://" salah: nama printer Windows tidak ada, mis. win32://POS-58 atau '
                 "win32://EPSON TM-T82."),
    ("cups://", 'Alamat printer "cups://" salah: nama antrean tidak ada; tulis nama antrean CUPS tanpa spasi, '
                "garis miring atau tanda kutip, mis. cups://POS58."),
    ("lp://-o evil", 'Alamat printer "lp://-o evil" salah: nama antrean "-o evil" tidak sah; tulis nama antrean '
                     "CUPS tanpa spasi, garis miring atau tanda kutip, mis. lp://POS58."),
    ("file://struk.bin", 'Alamat printer "file://struk.bin" salah: berkas harus ditulis dengan jalur lengkap dan '
                         "tiga garis miring, mis. file:///home/kasir/struk.bin."),
    ("file:///tmp/", 'Alamat printer "file:///tmp/" salah: jalur berakhir dengan garis miring; tulis nama '
                     "berkasnya, mis. file:///tmp/struk.bin."),
])
def test_malformed_addresses_are_refused_with_the_problem_and_the_accepted_forms(uri, message):
    error = fails("bad_uri", parse_uri, uri)
    assert error.message == message
    assert error.details == ACCEPTED_FORMS
    assert "usb://VID:PID" in str(error) and "tcp://HOST:9100" in str(error)
    assert isinstance(error, DomainError) and not error.retryable


def test_send_refuses_a_bad_address_before_touching_anything_and_bad_arguments_loudly():
    fails("bad_uri", send, "tcp://:9100", b"x")
    with pytest.raises(TypeError):
        send("file:///tmp/x.bin", "teks, bukan bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        send("file:///tmp/x.bin", b"")
    with pytest.raises(ValueError):
        send("file:///tmp/x.bin", b"x", timeout=0)


# -- a network printer on loopback ---------------------------------------------------------------------

class FakePrinter:
    """A TCP listener on 127.0.0.1 that plays a network printer.

    mode: "print" reads to EOF; "reset" reads a little then aborts (RST); "stall" never reads;
    "linger" reads to EOF but keeps its side open; "hangup" closes at once. `answers` (n -> byte) answers DLE EOT n.
    """

    def __init__(self, mode: str = "print", *, answers: dict[int, int] | None = None,
                 rcvbuf: int | None = None) -> None:
        self.mode, self.answers = mode, answers or {}
        self.server = socket.socket()
        if rcvbuf:
            self.server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(5)
        self.port = self.server.getsockname()[1]
        self.uri = f"tcp://127.0.0.1:{self.port}"
        self.jobs: list[bytes] = []
        self.done = threading.Event()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.server.settimeout(0.05)
        while not self.stop.is_set():
            try:
                conn, _ = self.server.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                self.jobs.append(self._handle(conn))
            self.done.set()

    def _handle(self, conn: socket.socket) -> bytes:
        received = bytearray()
        if self.mode == "hangup":
            return bytes(received)
        if self.mode == "stall":
            self.stop.wait(10)
            return bytes(received)
        if self.mode == "reset":
            received += conn.recv(1000)
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return bytes(received)
        conn.settimeout(5)
        answered = 0
        try:
            while chunk := conn.recv(65536):
                received += chunk
                while (at := received.find(b"\x10\x04", answered)) >= 0 and len(received) > at + 2:
                    answered = at + 3
                    if received[at + 2] in self.answers:
                        conn.sendall(bytes([self.answers[received[at + 2]]]))
        except ConnectionResetError:
            received += b"<reset>"
        if self.mode == "linger":
            self.stop.wait(2)
        return bytes(received)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        self.server.close()


@pytest.fixture
def printers():
    made: list[FakePrinter] = []

    def make(*args, **kwargs) -> FakePrinter:
        made.append(FakePrinter(*args, **kwargs))
        return made[-1]

    yield make
    for printer in made:
        printer.close()


def test_tcp_job_arrives_complete_in_one_connection(printers):
    printer = printers("print")
    send(printer.uri, JOB)
    assert printer.done.wait(2)
    assert printer.jobs == [JOB]


def test_tcp_printer_that_keeps_the_connection_open_is_done_after_a_short_wait(printers):
    printer = printers("linger")
    started = time.monotonic()
    send(printer.uri, b"\x1b@Halo\n\x1dV\x00", timeout=2.0)
    assert time.monotonic() - started < 1.0
    printer.stop.set()
    assert printer.done.wait(3) and printer.jobs == [b"\x1b@Halo\n\x1dV\x00"]


def test_tcp_closed_port_is_refused_quickly():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    error = fails("refused", send, f"tcp://127.0.0.1:{port}", b"x", within=1.0)
    assert error.message == (f"Printer di 127.0.0.1:{port} menolak sambungan — apakah printer menyala dan port "
                             f"{port} benar?")
    assert error.uri == f"tcp://127.0.0.1:{port}" and error.retryable


def test_tcp_printer_dropping_the_connection_mid_job_is_an_error(printers):
    printer = printers("reset")
    error = fails("disconnected", send, printer.uri, JOB * 4, timeout=3.0, within=3.0)
    assert "memutus sambungan di tengah pencetakan" in error.message


def test_tcp_printer_that_stops_reading_times_out_within_the_limit(printers):
    printer = printers("stall", rcvbuf=2048)
    error = fails("timeout", send, printer.uri, JOB * 8, timeout=1.0, within=1.6)
    assert error.message.startswith(f"Printer di 127.0.0.1:{printer.port} tidak menerima data dalam 1 detik")


def test_tcp_printer_that_never_accepts_times_out_on_connect():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    queued = []
    for _ in range(3):  # fill the accept queue: further SYNs are dropped, as by a printer that is off
        sock = socket.socket()
        sock.setblocking(False)
        sock.connect_ex(("127.0.0.1", port))
        queued.append(sock)
    try:
        error = fails("timeout", send, f"tcp://127.0.0.1:{port}", b"x", timeout=0.5, within=1.2)
        assert "tidak menjawab dalam 0,5 detik" in error.message
    finally:
        for sock in queued:
            sock.close()
        server.close()


def test_tcp_unknown_host_is_unreachable_without_hanging():
    error = fails("unreachable", send, "tcp://nonexistent.invalid:9100", b"x", timeout=1.0, within=2.0)
    assert '"nonexistent.invalid"' in error.message


def test_tcp_ipv6_loopback(printers):
    try:
        server = socket.socket(socket.AF_INET6)
        server.bind(("::1", 0))
    except OSError:  # no IPv6 on this machine: the address must still fail cleanly, not hang
        started = time.monotonic()
        with pytest.raises(PrinterError) as caught:
            send("tcp://[::1]:9100", b"v6", timeout=1.0)
        assert time.monotonic() - started < 2.0 and "::1" in caught.value.message
        return
    server.listen(1)
    port, got = server.getsockname()[1], []
    thread = threading.Thread(target=lambda: got.append(_read_all(server.accept()[0])), daemon=True)
    thread.start()
    send(f"tcp://[::1]:{port}", b"v6")
    thread.join(2)
    server.close()
    assert got == [b"v6"]


def _read_all(conn: socket.socket) -> bytes:
    with conn:
        data = b""
        while chunk := conn.recv(4096):
            data += chunk
        return data


# -- status (DLE EOT) ----------------------------------------------------------------------------------

def test_status_bits_are_decoded():
    assert parse_status({}) is None
    assert parse_status({1: 0x00}) is None  # not shaped like a status byte
    fine = parse_status({1: 0x12, 2: 0x12, 4: 0x12})
    assert fine == PrinterStatus(online=True, answers=((1, 0x12), (2, 0x12), (4, 0x12))) and fine.ready
    paper = parse_status({1: 0x1A, 2: 0x32, 4: 0x72})
    assert paper.paper_out and not paper.online and not paper.ready
    near = parse_status({1: 0x12, 2: 0x12, 4: 0x1E})
    assert near.paper_near_end and not near.paper_out and near.ready
    cover = parse_status({1: 0x16, 2: 0x16})
    assert cover.cover_open and cover.drawer_pin3 and not cover.paper_out


def test_status_over_tcp_reports_paper_end(printers):
    printer = printers("print", answers={1: 0x1A, 2: 0x32, 4: 0x72})
    found = status(printer.uri)
    assert found is not None and found.paper_out and not found.online
    assert found.answers == ((1, 0x1A), (2, 0x32), (4, 0x72))


def test_send_with_status_check_refuses_a_printer_without_paper(printers):
    printer = printers("print", answers={1: 0x1A, 2: 0x32, 4: 0x72})
    error = fails("paper_out", send, printer.uri, JOB, check_status=True)
    assert error.message == f"Printer di 127.0.0.1:{printer.port} kehabisan kertas — pasang gulungan kertas baru, " \
                            "lalu cetak ulang."
    assert printer.done.wait(2) and printer.jobs == [b"\x10\x04\x01\x10\x04\x02\x10\x04\x04"]  # no job bytes


def test_send_with_status_check_refuses_an_open_cover(printers):
    printer = printers("print", answers={1: 0x1A, 2: 0x16, 4: 0x12})
    assert "tutupnya terbuka" in fails("offline", send, printer.uri, b"x", check_status=True).message


def test_send_with_status_check_prints_on_a_ready_printer(printers):
    printer = printers("print", answers={1: 0x12, 2: 0x12, 4: 0x12})
    send(printer.uri, JOB, check_status=True)
    assert printer.done.wait(2) and printer.jobs == [b"\x10\x04\x01\x10\x04\x02\x10\x04\x04" + JOB]


def test_a_printer_that_does_not_answer_has_no_status_and_still_prints(printers):
    printer = printers("print")
    started = time.monotonic()
    assert status(printer.uri, timeout=0.3) is None
    assert time.monotonic() - started < 1.0
    send(printer.uri, JOB, timeout=3.0, check_status=True)
    assert printer.done.wait(2) and printer.jobs[-1] == b"\x10\x04\x01" + JOB


def test_status_of_a_printer_that_hangs_up_is_an_error_not_a_wait(printers):
    printer = printers("hangup")
    error = fails("disconnected", status, printer.uri, timeout=1.0, within=0.5)
    assert "menutup sambungan" in error.message or "memutus sambungan" in error.message


def test_one_way_printers_have_no_status(tmp_path):
    assert status(f"file://{tmp_path}/out.bin") is None
    assert status("cups://POS58") is None


# -- file --------------------------------------------------------------------------------------------

def test_file_receives_exactly_the_job_and_appends_the_next(tmp_path):
    out = tmp_path / "struk.bin"
    send(out.as_uri(), JOB)
    assert out.read_bytes() == JOB
    send(out.as_uri(), b"\x1b@kedua\n")
    assert out.read_bytes() == JOB + b"\x1b@kedua\n"


def test_file_in_a_missing_folder_is_not_found(tmp_path):
    uri = (tmp_path / "tidak-ada" / "struk.bin").as_uri()
    error = fails("not_found", send, uri, b"x")
    assert error.message == f'Folder "{tmp_path / "tidak-ada"}" tidak ada — buat foldernya atau perbaiki alamat ' \
                            f"printer {uri}."


@pytest.fixture
def read_only_folder(tmp_path):
    if os.name == "posix" and os.geteuid() == 0:  # root writes through permissions; sysfs/procfs refuse new files
        yield Path("/sys/kernel") if os.path.isdir("/sys/kernel") else Path("/proc")
        return
    folder = tmp_path / "hanya-baca"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield folder
    folder.chmod(stat.S_IRWXU)


def test_file_in_a_read_only_folder_is_permission_denied(read_only_folder):
    out = read_only_folder / "kopdes-struk.bin"
    error = fails("permission_denied", send, out.as_uri(), b"x")
    assert error.message == f"Berkas {out} tidak boleh ditulis (izin ditolak) — pilih folder yang boleh ditulis " \
                            "pengguna ini."
    assert not out.exists()


def test_full_disk_is_reported_and_leaves_no_half_job(tmp_path, monkeypatch):
    out = tmp_path / "struk.bin"
    send(out.as_uri(), b"pertama")

    def disk_full(handle, data):
        handle.write(data[:10])  # part of it made it to the file before the disk filled up
        handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(transport_spool, "_write", disk_full)
    error = fails("io_error", send, out.as_uri(), JOB)
    assert error.message == f"Disk penuh: job tidak dapat ditulis ke {out} — kosongkan ruang disk, lalu cetak ulang."
    assert out.read_bytes() == b"pertama"


@posix_only
def test_device_file_that_stops_taking_data_times_out(pty):
    error = fails("timeout", send, f"file://{pty.name}", JOB, timeout=0.5, within=1.2)
    assert error.message.startswith(f"Berkas {pty.name} tidak menerima data dalam 0,5 detik")


# -- serial (pseudo-terminals: the real pyserial on a real tty) ----------------------------------------

@pytest.fixture
def pty():
    master, slave = os.openpty()
    pair = SimpleNamespace(master=master, name=os.ttyname(slave), received=bytearray(), stop=threading.Event(),
                           answers={})

    def read_side() -> None:
        while not pair.stop.is_set():
            if select.select([master], [], [], 0.02)[0]:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    return
                pair.received += chunk
                for n, byte in pair.answers.items():
                    if bytes([0x10, 0x04, n]) in chunk:
                        os.write(master, bytes([byte]))

    pair.start_reading = lambda: threading.Thread(target=read_side, daemon=True).start()
    yield pair
    pair.stop.set()
    time.sleep(0.05)
    os.close(slave)
    os.close(master)


@posix_only
def test_serial_job_arrives_complete(pty):
    pty.start_reading()
    send(f"serial://{pty.name}?baud=115200", JOB)
    until = time.monotonic() + 2
    while len(pty.received) < len(JOB) and time.monotonic() < until:
        time.sleep(0.01)
    assert bytes(pty.received) == JOB


@posix_only
def test_serial_printer_that_stops_reading_times_out(pty):
    error = fails("timeout", send, f"serial://{pty.name}?baud=9600", JOB, timeout=0.5, within=1.2)
    assert "(pada 9600 baud, 1048576 byte butuh ±1092,3 detik)" in error.message


@posix_only
def test_serial_status_is_asked_over_the_port(pty):
    pty.answers.update({1: 0x12, 2: 0x12, 4: 0x1E})
    pty.start_reading()
    found = status(f"serial://{pty.name}", timeout=1.0)
    assert found is not None and found.online and found.paper_near_end and not found.paper_out


def test_serial_port_that_is_not_there_is_not_found():
    uri = "serial:///dev/ttyKOPDES9" if os.name == "posix" else "serial://COM199"
    assert "tidak ditemukan" in fails("not_found", send, uri, b"x", within=1.0).message


# -- lp / cups (a fake lp on PATH) ----------------------------------------------------------------------

@pytest.fixture
def fake_bin(tmp_path, monkeypatch):
    if os.name != "posix":
        pytest.skip("shell scripts on PATH")
    folder = tmp_path / "bin"
    folder.mkdir()
    for tool in ("cat", "sleep"):  # PATH holds only this folder: no real lp or lpstat can answer
        (folder / tool).symlink_to(shutil.which(tool))
    monkeypatch.setenv("PATH", str(folder))

    def script(name: str, body: str) -> None:
        path = folder / name
        path.write_text("#!/bin/sh\n" + body)
        path.chmod(0o755)

    return script


def test_lp_gets_the_job_raw_on_stdin(fake_bin, tmp_path):
    fake_bin("lp", f'echo "$@" > {tmp_path}/args\ncat > {tmp_path}/job\necho "request id is POS58-7 (1 file(s))"\n')
    send("cups://POS58", JOB)
    assert (tmp_path / "job").read_bytes() == JOB
    assert (tmp_path / "args").read_text().split() == ["-d", "POS58", "-o", "raw"]
    send("lp://POS58", b"lagi")
    assert (tmp_path / "job").read_bytes() == b"lagi"


def test_lp_failure_carries_its_message(fake_bin):
    fake_bin("lp", 'cat > /dev/null\necho "lp: The printer or class does not exist." >&2\nexit 1\n')
    error = fails("not_found", send, "cups://POS99", b"x")
    assert error.message == ('Antrean printer "POS99" menolak job (lp keluar dengan kode 1): '
                             "lp: The printer or class does not exist.")
    fake_bin("lp", 'echo "lp: Error - Scheduler is not running." >&2\nexit 2\n')
    assert fails("io_error", send, "lp://POS58", JOB).message.endswith("lp: Error - Scheduler is not running.")


def test_lp_that_hangs_is_stopped_at_the_deadline(fake_bin):
    fake_bin("lp", "exec sleep 10\n")
    fails("timeout", send, "cups://POS58", b"x", timeout=0.5, within=1.5)


def test_without_lp_the_queue_is_unsupported(fake_bin):
    error = fails("unsupported", send, "cups://POS58", b"x")
    assert "perintah lp tidak ada" in error.message and not error.retryable


# -- windows spooler, usb ------------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="checks the refusal off Windows")
def test_windows_printer_off_windows_is_unsupported():
    error = fails("unsupported", send, "win32://POS-58", b"x")
    assert error.message.startswith('Printer Windows "POS-58": printer Windows (win32://) hanya dapat dipakai di '
                                    "Windows")


def _has_libusb() -> bool:
    import usb.backend.libusb1
    return usb.backend.libusb1.get_backend() is not None


def test_usb_without_libusb_or_device_is_a_clear_error():
    if _has_libusb():
        fails("not_found", send, "usb://0fff:fff0", b"x")
    else:
        error = fails("unsupported", send, "usb://0416:5011", b"x")
        assert "libusb tidak terpasang" in error.message


class FakeUsbBackend(IBackend):
    """A libusb stand-in under the real pyusb: one printer-class device with bulk OUT 0x03 / IN 0x82."""

    def __init__(self, answers: dict[int, int] | None = None, fail_write: int | None = None) -> None:
        self.written: list[bytes] = []
        self.calls: list[str] = []
        self.answers = answers or {}
        self.fail_write = fail_write
        self.pending = b""
        self.device = SimpleNamespace(
            bLength=18, bDescriptorType=1, bcdUSB=0x200, bDeviceClass=0, bDeviceSubClass=0, bDeviceProtocol=0,
            bMaxPacketSize0=64, idVendor=0x0416, idProduct=0x5011, bcdDevice=0x100, iManufacturer=0, iProduct=0,
            iSerialNumber=0, bNumConfigurations=1, address=5, bus=1, port_number=1, port_numbers=(1,), speed=2)
        self.config = SimpleNamespace(bLength=9, bDescriptorType=2, wTotalLength=32, bNumInterfaces=1,
                                      bConfigurationValue=1, iConfiguration=0, bmAttributes=0xC0, bMaxPower=50,
                                      extra_descriptors=[])
        self.interface = SimpleNamespace(bLength=9, bDescriptorType=4, bInterfaceNumber=0, bAlternateSetting=0,
                                         bNumEndpoints=2, bInterfaceClass=7, bInterfaceSubClass=1,
                                         bInterfaceProtocol=2, iInterface=0, extra_descriptors=[])
        self.endpoints = [SimpleNamespace(bLength=7, bDescriptorType=5, bEndpointAddress=address, bmAttributes=2,
                                          wMaxPacketSize=64, bInterval=0, bRefresh=0, bSynchAddress=0,
                                          extra_descriptors=[]) for address in (0x03, 0x82)]

    def enumerate_devices(self):
        yield "dev"

    def get_device_descriptor(self, dev):
        return self.device

    def get_configuration_descriptor(self, dev, config):
        return self.config

    def get_interface_descriptor(self, dev, intf, alt, config):
        if intf != 0 or alt != 0:
            raise IndexError("no such interface")
        return self.interface

    def get_endpoint_descriptor(self, dev, ep, intf, alt, config):
        return self.endpoints[ep]

    def open_device(self, dev):
        self.calls.append("open")
        return "handle"

    def close_device(self, handle):
        self.calls.append("close")

    def get_configuration(self, handle):
        return 1

    def set_configuration(self, handle, value):
        self.calls.append("set_configuration")

    def set_interface_altsetting(self, handle, intf, alt):
        pass

    def claim_interface(self, handle, intf):
        self.calls.append("claim")

    def release_interface(self, handle, intf):
        self.calls.append("release")

    def is_kernel_driver_active(self, handle, intf):
        return "detach" not in self.calls

    def detach_kernel_driver(self, handle, intf):
        self.calls.append("detach")

    def attach_kernel_driver(self, handle, intf):
        self.calls.append("attach")

    def bulk_write(self, handle, ep, intf, data, timeout):
        if self.fail_write is not None:
            raise usb.core.USBError("fake failure", errno=self.fail_write)
        self.written.append(bytes(data))
        for n, byte in self.answers.items():
            if bytes(data) == bytes([0x10, 0x04, n]):
                self.pending += bytes([byte])
        return len(data)

    def bulk_read(self, handle, ep, intf, buff, timeout):
        if not self.pending:
            raise usb.core.USBTimeoutError("timeout", errno=errno.ETIMEDOUT)
        count = len(self.pending)
        buff[:count] = array.array("B", self.pending)
        self.pending = b""
        return count


def test_usb_job_is_one_bulk_write_and_the_device_is_given_back(monkeypatch):
    backend = FakeUsbBackend()
    monkeypatch.setattr(transport_usb, "BACKEND", backend)
    send("usb://0416:5011", JOB)
    assert backend.written == [JOB]
    assert backend.calls.index("detach") < backend.calls.index("claim") < backend.calls.index("release")
    assert backend.calls.index("release") < backend.calls.index("attach")
    fails("not_found", send, "usb://0416:9999", b"x")


def test_usb_status_and_unplugged_printer(monkeypatch):
    backend = FakeUsbBackend(answers={1: 0x12, 2: 0x12, 4: 0x72})
    monkeypatch.setattr(transport_usb, "BACKEND", backend)
    assert status("usb://0416:5011").paper_out
    fails("paper_out", send, "usb://0416:5011", b"x", check_status=True)
    monkeypatch.setattr(transport_usb, "BACKEND", FakeUsbBackend(fail_write=errno.ENODEV))
    assert "terputus" in fails("disconnected", send, "usb://0416:5011", b"x").message
    monkeypatch.setattr(transport_usb, "BACKEND", FakeUsbBackend(fail_write=errno.ETIMEDOUT))
    fails("timeout", send, "usb://0416:5011", b"x")


# -- discovery -----------------------------------------------------------------------------------------

def test_discovery_lists_what_it_finds_and_says_what_it_could_not_ask(fake_bin, monkeypatch):
    fake_bin("lpstat", 'echo "POS58"\necho "Kantor_Laser"\n')
    monkeypatch.setattr(transport_usb, "BACKEND", FakeUsbBackend())
    found = discover()
    uris = [printer.uri for printer in found.printers]
    assert "usb://0416:5011" in uris and "cups://POS58" in uris and "cups://Kantor_Laser" in uris
    assert all(parse_uri(uri) for uri in uris)  # every suggestion is a valid address
    assert any(note.startswith("Windows:") for note in found.notes)
    assert not any(note.startswith(("CUPS:", "USB:")) for note in found.notes)


def test_discovery_notes_missing_sources_instead_of_failing(fake_bin, monkeypatch):
    if _has_libusb():
        monkeypatch.setattr(transport_usb, "BACKEND", None)
    found = discover()
    assert any(note.startswith("CUPS: perintah lpstat tidak ada") for note in found.notes)
    if not _has_libusb():
        assert any("libusb tidak terpasang" in note for note in found.notes)
    assert all(p.source in ("usb", "serial") for p in found.printers)


def test_the_facade_exports_the_whole_api():
    assert set(transports.CODES) == {"bad_uri", "refused", "unreachable", "timeout", "disconnected", "paper_out",
                                     "offline", "not_found", "permission_denied", "unsupported", "io_error"}
    for name in transports.__all__:
        assert hasattr(transports, name)

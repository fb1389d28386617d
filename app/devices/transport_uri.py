"""Printer addresses: `parse_uri` turns the text a user typed into a `PrinterAddress`.

Accepted forms (the same list every `bad_uri` error shows in its details):

    usb://VID:PID                 hex ids, e.g. usb://0416:5011; optional ?interface=0&out_ep=0x03&in_ep=0x81
    serial:///dev/ttyUSB0         a device path (Linux), or serial://COM3 (Windows);
                                  optional ?baud=9600 (1200..115200), parity=none|even|odd,
                                  flow=none|rtscts|xonxoff|dsrdtr
    tcp://HOST:9100               host name, IPv4, or IPv6 in brackets (tcp://[fe80::1]:9100); port default 9100
    win32://PRINTER NAME          a Windows printer (raw spooler job); spaces allowed, %XX decoded
    cups://QUEUE, lp://QUEUE      a CUPS/LPD queue, sent with `lp -d QUEUE -o raw`
    file:///path/out.bin          append each job to a file (or write to a device file such as /dev/usb/lp0)

Parsing is pure: no device is opened and no name is resolved here.
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

from app.devices.transport_errors import BAD_URI, PrinterError

SCHEMES = ("usb", "serial", "tcp", "win32", "cups", "lp", "file")
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
DEFAULT_BAUD = 9600
DEFAULT_TCP_PORT = 9100
PARITIES = {"none": "N", "n": "N", "even": "E", "e": "E", "odd": "O", "o": "O"}
PARITY_NAMES = {"N": "none", "E": "even", "O": "odd"}
FLOWS = ("none", "rtscts", "xonxoff", "dsrdtr")

ACCEPTED_FORMS = (
    "usb://VID:PID — heksadesimal, mis. usb://0416:5011 (boleh ?interface=0&out_ep=0x03)",
    "serial:///dev/ttyUSB0?baud=9600 atau serial://COM3 "
    "(baud 1200–115200; boleh parity=none|even|odd, flow=none|rtscts|xonxoff|dsrdtr)",
    "tcp://HOST:9100 — nama host, IPv4, atau IPv6 dalam kurung siku: tcp://[fe80::1]:9100",
    "win32://NAMA PRINTER — printer Windows, boleh berisi spasi",
    "cups://ANTREAN atau lp://ANTREAN — antrean CUPS, dikirim dengan lp -o raw",
    "file:///jalur/keluaran.bin — setiap job ditambahkan di akhir berkas",
)

_HEX_ID = re.compile(r"(?:0[xX])?([0-9A-Fa-f]{1,4})")
_HOST_LABEL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?")
_COM_PORT = re.compile(r"[Cc][Oo][Mm]([1-9][0-9]{0,2})")
_QUEUE = re.compile(r"[^\s/#\\'\"-][^\s/#\\'\"]*")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*")


@dataclass(frozen=True)
class PrinterAddress:
    """Where a printer is. Only the fields of its `scheme` are meaningful; the others keep their defaults.

    tcp: host, port · usb: vendor_id, product_id, interface, out_ep/in_ep (None = the interface's first
    bulk OUT/IN endpoint) · serial: device, baudrate, parity ('N'/'E'/'O'), flow · win32, cups, lp: name
    (printer or queue) · file: path.
    """

    scheme: str
    host: str = ""
    port: int = 0
    vendor_id: int = 0
    product_id: int = 0
    interface: int = 0
    out_ep: int | None = None
    in_ep: int | None = None
    device: str = ""
    baudrate: int = DEFAULT_BAUD
    parity: str = "N"
    flow: str = "none"
    name: str = ""
    path: str = ""

    @property
    def uri(self) -> str:
        """The canonical address (what to store): parse_uri(a.uri) == a."""
        if self.scheme == "tcp":
            return f"tcp://{self.hostport}"
        if self.scheme == "usb":
            opts = [f"interface={self.interface}"] if self.interface else []
            opts += [f"out_ep=0x{self.out_ep:02x}"] if self.out_ep is not None else []
            opts += [f"in_ep=0x{self.in_ep:02x}"] if self.in_ep is not None else []
            return f"usb://{self.vendor_id:04x}:{self.product_id:04x}" + ("?" + "&".join(opts) if opts else "")
        if self.scheme == "serial":
            opts = [f"baud={self.baudrate}"]
            opts += [f"parity={PARITY_NAMES[self.parity]}"] if self.parity != "N" else []
            opts += [f"flow={self.flow}"] if self.flow != "none" else []
            device = quote(self.device, safe="/:\\")
            return f"serial://{device}?" + "&".join(opts)
        if self.scheme == "win32":
            return "win32://" + self.name.replace("%", "%25")
        if self.scheme in ("cups", "lp"):
            return f"{self.scheme}://{quote(self.name, safe='')}"
        path = self.path.replace("\\", "/") if os.name == "nt" else self.path
        return "file://" + quote(path if path.startswith("/") else "/" + path, safe="/:")

    @property
    def hostport(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def label(self) -> str:
        """How messages name the printer: 'Printer di 192.168.1.50:9100', 'Printer USB 0416:5011'…"""
        if self.scheme == "tcp":
            return f"Printer di {self.hostport}"
        if self.scheme == "usb":
            return f"Printer USB {self.vendor_id:04x}:{self.product_id:04x}"
        if self.scheme == "serial":
            return f"Printer serial {self.device}"
        if self.scheme == "win32":
            return f'Printer Windows "{self.name}"'
        if self.scheme in ("cups", "lp"):
            return f'Antrean printer "{self.name}"'
        return f"Berkas {self.path}"


def bad_uri(uri: str, problem: str) -> PrinterError:
    return PrinterError(BAD_URI, f'Alamat printer "{uri}" salah: {problem}', details=ACCEPTED_FORMS, uri=uri)


def parse_uri(uri: str) -> PrinterAddress:
    """The address in `uri`, or PrinterError('bad_uri') naming the problem (details: the accepted forms)."""
    if not isinstance(uri, str) or not uri.strip():
        raise PrinterError(BAD_URI, "Alamat printer kosong.", details=ACCEPTED_FORMS, uri=str(uri or ""))
    text = uri.strip()
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise bad_uri(text, "berisi karakter kendali.")
    scheme, sep, rest = text.partition("://")
    if not sep or not _SCHEME.fullmatch(scheme):
        raise bad_uri(text, "jenis sambungan tidak ada; awali dengan usb://, serial://, tcp://, win32://, "
                            "cups://, lp:// atau file://.")
    scheme = scheme.lower()
    if scheme not in SCHEMES:
        raise bad_uri(text, f'jenis sambungan "{scheme}" tidak dikenal.')
    parser = {"usb": _usb, "serial": _serial, "tcp": _tcp, "win32": _win32,
              "cups": _queue, "lp": _queue, "file": _file}[scheme]
    return parser(text, scheme, rest)


def _split_query(uri: str, rest: str, known: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    head, _, query = rest.partition("?")
    if "#" in query or "#" in head:
        raise bad_uri(uri, "tanda # tidak boleh dipakai.")
    options: dict[str, str] = {}
    for item in filter(None, query.split("&")):
        key, eq, value = item.partition("=")
        key = key.strip().lower()
        if key not in known:
            allowed = ", ".join(known) if known else "tidak ada"
            raise bad_uri(uri, f'pilihan "{key}" tidak dikenal (yang boleh: {allowed}).')
        if not eq or not value.strip():
            raise bad_uri(uri, f'pilihan "{key}" tidak berisi nilai.')
        if key in options:
            raise bad_uri(uri, f'pilihan "{key}" ditulis dua kali.')
        options[key] = unquote(value.strip())
    return head, options


def _usb(uri: str, scheme: str, rest: str) -> PrinterAddress:
    head, opts = _split_query(uri, rest, ("interface", "out_ep", "in_ep"))
    ids = head.rstrip("/")
    vid_text, colon, pid_text = ids.partition(":")
    if not colon or not vid_text or not pid_text:
        raise bad_uri(uri, "alamat USB harus berisi VID:PID dalam heksadesimal, mis. usb://0416:5011.")
    numbers = []
    for what, value in (("VID", vid_text), ("PID", pid_text)):
        match = _HEX_ID.fullmatch(value)
        if not match:
            raise bad_uri(uri, f'{what} "{value}" bukan angka heksadesimal 1–4 digit (mis. 0416).')
        numbers.append(int(match.group(1), 16))
    interface = _number(uri, "interface", opts.get("interface", "0"), 0, 255)
    out_ep = in_ep = None
    if "out_ep" in opts:
        out_ep = _number(uri, "out_ep", opts["out_ep"], 0x01, 0x0F)
    if "in_ep" in opts:
        in_ep = _number(uri, "in_ep", opts["in_ep"], 0x81, 0x8F)
    return PrinterAddress("usb", vendor_id=numbers[0], product_id=numbers[1], interface=interface,
                          out_ep=out_ep, in_ep=in_ep)


def _number(uri: str, key: str, value: str, low: int, high: int) -> int:
    try:
        number = int(value[2:], 16) if value.lower().startswith("0x") else int(value, 10)
    except ValueError:
        number = -1
    if not low <= number <= high:
        raise bad_uri(uri, f'{key} "{value}" harus angka {low:#04x}–{high:#04x} '
                           f"(desimal, atau heksadesimal dengan awalan 0x).")
    return number


def _serial(uri: str, scheme: str, rest: str) -> PrinterAddress:
    head, opts = _split_query(uri, rest, ("baud", "parity", "flow"))
    device = unquote(head)
    if _COM_PORT.fullmatch(device):
        device = device.upper()
    elif not (device.startswith("/") and len(device) > 1 and not any(c.isspace() for c in device)):
        shown = device or "(kosong)"
        raise bad_uri(uri, f'port serial "{shown}" tidak dikenal; tulis jalur perangkat lengkap '
                           "(serial:///dev/ttyUSB0) atau nama port COM (serial://COM3).")
    baud_text = opts.get("baud", str(DEFAULT_BAUD))
    if not baud_text.isdigit() or int(baud_text) not in BAUD_RATES:
        raise bad_uri(uri, f'baud "{baud_text}" tidak didukung; pilih salah satu: '
                           + ", ".join(map(str, BAUD_RATES)) + ".")
    parity = PARITIES.get(opts.get("parity", "none").lower())
    if parity is None:
        raise bad_uri(uri, f'parity "{opts["parity"]}" tidak dikenal; pilih none, even atau odd.')
    flow = opts.get("flow", "none").lower()
    if flow not in FLOWS:
        raise bad_uri(uri, f'flow "{opts["flow"]}" tidak dikenal; pilih none, rtscts, xonxoff atau dsrdtr.')
    return PrinterAddress("serial", device=device, baudrate=int(baud_text), parity=parity, flow=flow)


def _tcp(uri: str, scheme: str, rest: str) -> PrinterAddress:
    netloc, slash, tail = rest.partition("/")
    if tail or "?" in rest or "#" in rest:
        raise bad_uri(uri, "alamat jaringan hanya berisi HOST:PORT, tanpa jalur atau pilihan.")
    if netloc.startswith("["):
        inside, bracket, after = netloc[1:].partition("]")
        if not bracket:
            raise bad_uri(uri, "kurung siku alamat IPv6 tidak ditutup.")
        try:
            host = str(ipaddress.IPv6Address(inside))
        except ValueError:
            raise bad_uri(uri, f'"{inside}" bukan alamat IPv6.') from None
        if after and not after.startswith(":"):
            raise bad_uri(uri, "setelah ] hanya boleh :PORT.")
        port_text = after[1:] if after else None
    else:
        if netloc.count(":") > 1:
            raise bad_uri(uri, "alamat IPv6 harus ditulis dalam kurung siku, mis. tcp://[fe80::1]:9100.")
        host, colon, port_text_ = netloc.partition(":")
        port_text = port_text_ if colon else None
        if not host:
            raise bad_uri(uri, "nama host atau IP printer tidak ada, mis. tcp://192.168.1.50:9100.")
        if not _valid_host(host):
            raise bad_uri(uri, f'"{host}" bukan nama host atau alamat IP yang sah.')
        host = host.lower()
    port = DEFAULT_TCP_PORT
    if port_text is not None:
        if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
            raise bad_uri(uri, f'port "{port_text}" harus angka 1–65535 (printer jaringan biasanya 9100).')
        port = int(port_text)
    return PrinterAddress("tcp", host=host, port=port)


def _valid_host(host: str) -> bool:
    if re.fullmatch(r"[0-9.]+", host):
        try:
            ipaddress.IPv4Address(host)
            return True
        except ValueError:
            return False
    labels = host.rstrip(".").split(".")
    return len(host) <= 253 and all(_HOST_LABEL.fullmatch(label) for label in labels)


def _win32(uri: str, scheme: str, rest: str) -> PrinterAddress:
    name = unquote(rest).strip()
    if not name:
        raise bad_uri(uri, 'nama printer Windows tidak ada, mis. win32://POS-58 atau win32://EPSON TM-T82.')
    return PrinterAddress("win32", name=name)


def _queue(uri: str, scheme: str, rest: str) -> PrinterAddress:
    name = unquote(rest.rstrip("/"))
    if not _QUEUE.fullmatch(name):
        shown = f'"{name}" tidak sah' if name else "tidak ada"
        raise bad_uri(uri, f"nama antrean {shown}; tulis nama antrean CUPS tanpa spasi, garis miring "
                           f"atau tanda kutip, mis. {scheme}://POS58.")
    return PrinterAddress(scheme, name=name)


def _file(uri: str, scheme: str, rest: str) -> PrinterAddress:
    netloc, slash, path = rest.partition("/")
    if netloc.lower() not in ("", "localhost") or not slash:
        raise bad_uri(uri, "berkas harus ditulis dengan jalur lengkap dan tiga garis miring, "
                           "mis. file:///home/kasir/struk.bin.")
    path = unquote("/" + path)
    if os.name == "nt" and re.match(r"/[A-Za-z]:[/\\]", path):
        path = path[1:].replace("/", "\\")
    if path.endswith(("/", "\\")):
        raise bad_uri(uri, "jalur berakhir dengan garis miring; tulis nama berkasnya, mis. file:///tmp/struk.bin.")
    return PrinterAddress("file", path=path)

"""Finding printers this computer can see, to suggest an address in Pengaturan.

Four sources, each asked on its own; a source that is not available here (no
libusb, not Windows, no CUPS) or that fails adds a note saying why instead of
raising. Nothing is opened or printed: USB devices are recognised by their
descriptors (printer class 7 on the device or an interface), CUPS queues by
`lpstat -e`, Windows printers by EnumPrinters, serial ports by pyserial.
Serial ports cannot say what is attached to them, nor at which baud rate; the
suggestion uses 9600.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from urllib.parse import quote

from app.devices.transport_uri import DEFAULT_BAUD, PrinterAddress

PRINTER_CLASS = 7


@dataclass(frozen=True)
class FoundPrinter:
    uri: str          # a suggestion for the printer's address, e.g. usb://0416:5011
    description: str  # what the system calls it, e.g. "Printer USB 0416:5011 (POS58 Printer)"
    source: str       # usb | win32 | cups | serial


@dataclass(frozen=True)
class DiscoveryResult:
    printers: tuple[FoundPrinter, ...]
    notes: tuple[str, ...]  # sources that were not available or failed, and why (Bahasa Indonesia)


def discover(*, timeout: float = 3.0) -> DiscoveryResult:
    """Every printer (or port) found, and a note for each source that could not be asked."""
    printers: list[FoundPrinter] = []
    notes: list[str] = []
    for name, source in (("USB", _usb), ("Windows", _win32), ("CUPS", _cups), ("Serial", _serial)):
        try:
            found, note = source(timeout)
        except Exception as exc:  # a source that breaks must not hide the others
            found, note = [], f"{name}: pencarian gagal: {exc}"
        printers += found
        if note:
            notes.append(note)
    return DiscoveryResult(tuple(printers), tuple(notes))


def _usb(timeout: float) -> tuple[list[FoundPrinter], str]:
    import usb.core

    from app.devices import transport_usb

    try:
        devices = list(usb.core.find(find_all=True, custom_match=is_usb_printer, backend=transport_usb.BACKEND))
    except usb.core.NoBackendError:
        return [], f"USB: {transport_usb.NO_LIBUSB}."
    found = []
    for device in devices:
        interface = _printer_interface(device)
        address = PrinterAddress("usb", vendor_id=device.idVendor, product_id=device.idProduct,
                                 interface=interface or 0)
        name = _usb_name(device)
        found.append(FoundPrinter(address.uri, address.label + (f" ({name})" if name else ""), "usb"))
    return found, ""


def is_usb_printer(device) -> bool:
    return device.bDeviceClass == PRINTER_CLASS or _printer_interface(device) is not None


def _printer_interface(device) -> int | None:
    try:
        for configuration in device:
            for interface in configuration:
                if interface.bInterfaceClass == PRINTER_CLASS:
                    return int(interface.bInterfaceNumber)
    except Exception:  # a descriptor that cannot be read: not ours to judge
        return None
    return None


def _usb_name(device) -> str:
    import usb.util

    parts = []
    for index in (device.iManufacturer, device.iProduct):
        try:  # reading strings opens the device; without permission we just have no name
            text = usb.util.get_string(device, index) if index else None
        except Exception:
            text = None
        if text:
            parts.append(text.strip())
    return " ".join(parts)


def _win32(timeout: float) -> tuple[list[FoundPrinter], str]:
    if sys.platform != "win32":
        return [], "Windows: printer Windows hanya dapat dicari di Windows."
    try:
        import win32print
    except ImportError:
        return [], "Windows: pywin32 tidak terpasang, printer Windows tidak dapat dicari."
    flags = win32print.PRINTER_ENUM_LOCAL | win32print.PRINTER_ENUM_CONNECTIONS
    found = []
    for info in win32print.EnumPrinters(flags, None, 4):
        name = info["pPrinterName"]
        address = PrinterAddress("win32", name=name)
        server = info.get("pServerName")
        found.append(FoundPrinter(address.uri, address.label + (f" di {server}" if server else ""), "win32"))
    return found, ""


def _cups(timeout: float) -> tuple[list[FoundPrinter], str]:
    if sys.platform == "win32":
        return [], ""
    program = shutil.which("lpstat")
    if program is None:
        return [], "CUPS: perintah lpstat tidak ada (CUPS tidak terpasang)."
    try:
        done = subprocess.run([program, "-e"], capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return [], f"CUPS: lpstat tidak menjawab dalam {timeout:g} detik."
    if done.returncode != 0:
        said = (done.stderr or done.stdout).decode("utf-8", "replace").strip()
        return [], f"CUPS: lpstat gagal: {said or f'kode {done.returncode}'}"
    found = []
    for line in done.stdout.decode("utf-8", "replace").splitlines():
        name = line.strip()
        if name:
            found.append(FoundPrinter(f"cups://{quote(name, safe='')}", f'Antrean printer "{name}"', "cups"))
    return found, ""


def _serial(timeout: float) -> tuple[list[FoundPrinter], str]:
    from serial.tools import list_ports

    found = []
    for port in sorted(list_ports.comports(), key=lambda p: p.device):
        address = PrinterAddress("serial", device=port.device, baudrate=DEFAULT_BAUD)
        about = port.description if port.description and port.description != "n/a" else ""
        found.append(FoundPrinter(address.uri, address.label + (f" ({about})" if about else ""), "serial"))
    return found, ""

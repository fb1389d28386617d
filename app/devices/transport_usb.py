"""USB printers (usb://VID:PID) through pyusb and libusb.

Opening finds the device, takes the interface from the kernel's printer driver
(usblp on Linux; given back on close), claims it and picks the first bulk OUT
endpoint (and bulk IN, for status) unless the address names them. The job goes
in one `Device.write` with the time left as its timeout.

Without libusb (most Windows computers, and Linux without libusb-1.0) the
transport is `unsupported`; on Windows a `win32://` printer through the vendor
driver is the simpler way.
"""

from __future__ import annotations

import errno

import usb.core
import usb.util

from app.devices.transport_errors import (DISCONNECTED, IO_ERROR, NOT_FOUND, PERMISSION_DENIED, TIMEOUT,
                                          UNSUPPORTED, Deadline, PrinterError, seconds)
from app.devices.transport_uri import PrinterAddress

BACKEND = None  # None: pyusb picks libusb1/libusb0/openusb; tests may put a fake backend here
NO_LIBUSB = ("pustaka libusb tidak terpasang di komputer ini — pasang libusb (Linux: paket libusb-1.0-0), "
             "atau di Windows pakai printer Windows (win32://) lewat driver printernya")


def find_device(address: PrinterAddress):
    try:
        device = usb.core.find(idVendor=address.vendor_id, idProduct=address.product_id, backend=BACKEND)
    except usb.core.NoBackendError as exc:
        raise PrinterError(UNSUPPORTED, f"{address.label}: {NO_LIBUSB}.", uri=address.uri) from exc
    if device is None:
        raise PrinterError(NOT_FOUND, f"{address.label} tidak ditemukan — apakah kabel USB tercolok dan printer "
                                      "menyala?", uri=address.uri)
    return device


def usb_error(exc: BaseException, address: PrinterAddress, deadline: Deadline | None = None) -> PrinterError:
    label, uri, code = address.label, address.uri, getattr(exc, "errno", None)
    if isinstance(exc, usb.core.USBTimeoutError) or code == errno.ETIMEDOUT:
        limit = f" dalam {seconds(deadline.timeout)}" if deadline else ""
        return PrinterError(TIMEOUT, f"{label} tidak menerima data{limit} — kertas habis, tutup terbuka, atau "
                                     "printer macet?", uri=uri)
    if code == errno.EPIPE:  # the endpoint stalled: the printer refuses data (often paper out or cover open)
        return PrinterError(IO_ERROR, f"{label} menolak data (endpoint macet) — periksa kertas dan tutup printer, "
                                      "lalu matikan dan nyalakan lagi.", uri=uri)
    if code in (errno.ENODEV, errno.ENOENT, errno.EIO):
        return PrinterError(DISCONNECTED, f"{label} terputus — apakah kabel USB tercabut atau printer mati? "
                                          "Periksa, lalu cetak ulang.", uri=uri)
    if code in (errno.EACCES, errno.EPERM):
        return PrinterError(PERMISSION_DENIED, f"{label} tidak boleh dibuka oleh pengguna ini — di Linux "
                                               "tambahkan aturan udev untuk printer ini.", uri=uri)
    if code == errno.EBUSY:
        return PrinterError(IO_ERROR, f"{label} sedang dipakai program atau driver lain.", uri=uri)
    return PrinterError(IO_ERROR, f"{label}: USB gagal: {exc}", uri=uri)


def _bulk(interface, direction: int) -> int | None:
    for endpoint in interface:
        if (usb.util.endpoint_direction(endpoint.bEndpointAddress) == direction
                and usb.util.endpoint_type(endpoint.bmAttributes) == usb.util.ENDPOINT_TYPE_BULK):
            return endpoint.bEndpointAddress
    return None


class UsbChannel:
    """A claimed USB printer interface."""

    def __init__(self, address: PrinterAddress, deadline: Deadline) -> None:
        self.address = address
        self.device = find_device(address)
        self.detached = False
        self.claimed = False
        try:
            self._open()
        except usb.core.USBError as exc:
            self.close(abort=True)
            raise usb_error(exc, address, deadline) from exc
        except PrinterError:
            self.close(abort=True)
            raise

    def _open(self) -> None:
        device, number = self.device, self.address.interface
        try:
            if device.is_kernel_driver_active(number):
                device.detach_kernel_driver(number)
                self.detached = True
        except NotImplementedError:  # libusb0 / Windows: no kernel driver to take over
            pass
        try:
            configuration = device.get_active_configuration()
        except usb.core.USBError:
            device.set_configuration()
            configuration = device.get_active_configuration()
        interface = usb.util.find_descriptor(configuration, bInterfaceNumber=number)
        if interface is None:
            raise PrinterError(NOT_FOUND, f"{self.address.label} tidak punya interface {number}.",
                               uri=self.address.uri)
        usb.util.claim_interface(device, number)
        self.claimed = True
        self.out_ep = self.address.out_ep or _bulk(interface, usb.util.ENDPOINT_OUT)
        self.in_ep = self.address.in_ep or _bulk(interface, usb.util.ENDPOINT_IN)
        if self.out_ep is None:
            raise PrinterError(NOT_FOUND, f"{self.address.label}: interface {number} tidak punya endpoint "
                                          "keluaran (bulk OUT); tulis ?out_ep=0x.. pada alamatnya.",
                               uri=self.address.uri)

    def write(self, data: bytes, deadline: Deadline) -> None:
        try:
            written = self.device.write(self.out_ep, data, timeout=max(1, int(deadline.left() * 1000)))
        except usb.core.USBError as exc:
            raise usb_error(exc, self.address, deadline) from exc
        if written != len(data):
            raise PrinterError(DISCONNECTED, f"{self.address.label} hanya menerima {written} dari {len(data)} "
                                             "byte — periksa printer, lalu cetak ulang.", uri=self.address.uri)

    def read(self, timeout: float) -> bytes:
        if self.in_ep is None:
            return b""
        try:
            return bytes(self.device.read(self.in_ep, 64, timeout=max(1, int(timeout * 1000))))
        except usb.core.USBTimeoutError:
            return b""
        except usb.core.USBError as exc:
            if exc.errno == errno.ETIMEDOUT:
                return b""
            raise usb_error(exc, self.address) from exc

    def finish(self, deadline: Deadline) -> None:
        """The bulk write completes only once the printer took every packet: nothing left to wait for."""

    def close(self, *, abort: bool) -> None:
        number = self.address.interface
        for step in (lambda: self.claimed and usb.util.release_interface(self.device, number),
                     lambda: self.detached and self.device.attach_kernel_driver(number),
                     lambda: usb.util.dispose_resources(self.device)):
            try:
                step()
            except (usb.core.USBError, NotImplementedError):
                pass

"""The training printer (`kopdes printer emulate`) receives jobs like a network printer."""

import threading

from PIL import Image

from app.devices import transports
from app.devices.escpos_render import PrinterProfile, drawer_kick, to_escpos
from app.devices.printer_emulator import PrinterEmulator
from app.domain.slip import QR, Slip, Text, Width, layout


def test_it_receives_decodes_and_saves_each_job(tmp_path):
    got = []
    emulator = PrinterEmulator("127.0.0.1", 0, out_dir=tmp_path, on_job=got.append)
    thread = threading.Thread(target=emulator.serve_forever, daemon=True)
    thread.start()
    try:
        job = to_escpos(layout(Slip((Text("Struk uji"), QR("KOPDES:UJI"))), 32),
                        PrinterProfile(Width(80), has_cutter=True))
        transports.send(emulator.uri, drawer_kick(5) + job, timeout=3)
        transports.send(emulator.uri, job, timeout=3)
        for _ in range(100):
            if len(got) == 2:
                break
            threading.Event().wait(0.05)
    finally:
        emulator.stop()
        thread.join(3)
    first, second = got
    assert first.text_lines[0] == "Struk uji" and first.drawer_pins == (5,) and first.cuts == 1
    assert second.drawer_pins == () and second.number == 2
    assert first.raw_path.read_bytes() == drawer_kick(5) + job
    assert Image.open(first.png_path).width == 384

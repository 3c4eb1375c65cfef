"""A PulseAudio null sink of the test run's own, its monitor recorded all along with parec."""

from __future__ import annotations

import os
import re
import subprocess
import threading
import time

import numpy as np

RATE = 48_000


class NullSink:
    """Loads `module-null-sink` under `name` and records its monitor until close().

    A null sink idles in 2 s blocks until a client asks for less, so a stream that starts on an
    idle one stalls for up to 2 s; the recorder, started first and kept on, keeps it ticking.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._unload_stale()
        try:
            loaded = subprocess.run(
                ["pactl", "load-module", "module-null-sink", f"sink_name={name}", f"rate={RATE}"],
                capture_output=True,
                text=True,
                check=True,
            )
        except (OSError, subprocess.CalledProcessError) as e:
            raise RuntimeError(f"PulseAudio is not running or has no pactl ({e}); `./dev test` starts it") from e
        self._module = loaded.stdout.strip()
        self._chunks: list[tuple[float, np.ndarray]] = []
        self._lock = threading.Lock()
        self._recorder = subprocess.Popen(
            ["parec", "-d", f"{name}.monitor", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1"]
            + ["--latency-msec=20"],
            stdout=subprocess.PIPE,
        )
        self._thread = threading.Thread(target=self._record, name="null-sink-recorder", daemon=True)
        self._thread.start()
        self._wait_until_ticking()

    def close(self) -> None:
        self._recorder.terminate()
        self._recorder.wait()
        self._thread.join()
        subprocess.run(["pactl", "unload-module", self._module], check=True)

    @staticmethod
    def _unload_stale() -> None:
        """Unload the sinks of earlier runs that died before unloading them (a crash skips finalizers)."""
        modules = subprocess.run(["pactl", "list", "short", "modules"], capture_output=True, text=True).stdout
        for module, pid in re.findall(r"^(\d+)\tmodule-null-sink\tsink_name=oo_test_(\d+)\b", modules, re.M):
            try:
                os.kill(int(pid), 0)
            except ProcessLookupError:
                subprocess.run(["pactl", "unload-module", module], check=False)

    def level(self, start: float, end: float) -> float:
        """RMS (0 to 1) of the sound that reached the sink between two time.monotonic() moments."""
        samples = self.samples(start, end)
        return float(np.sqrt(np.mean(samples**2)))

    def samples(self, start: float, end: float) -> np.ndarray:
        """The sound (float64, -1 to 1) that reached the sink between two time.monotonic() moments."""
        deadline = time.monotonic() + 3
        while not self._arrived_after(end):
            assert time.monotonic() < deadline, "the recorder delivers nothing"
            time.sleep(0.02)
        with self._lock:
            picked = [samples for at, samples in self._chunks if start <= at <= end]
        samples = np.concatenate(picked).astype(np.float64) / 32768 if picked else np.zeros(1)
        assert len(samples) > (end - start) * RATE / 2, "the recorder lost sound"
        return samples

    def _arrived_after(self, moment: float) -> bool:
        with self._lock:
            return bool(self._chunks) and self._chunks[-1][0] > moment

    def _record(self) -> None:
        stream = self._recorder.stdout
        assert stream is not None
        while data := stream.read1(4800):  # type: ignore[attr-defined]
            with self._lock:
                self._chunks.append((time.monotonic(), np.frombuffer(data[: len(data) // 2 * 2], "<i2")))

    def _wait_until_ticking(self) -> None:
        # ticking: sound arrives in small pieces, not once per 2 s block
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline:
            with self._lock:
                times = [at for at, _ in self._chunks]
            if len(times) > 5 and times[-1] - times[-5] < 0.5:
                return
            time.sleep(0.05)
        raise RuntimeError(f"the null sink {self.name} does not tick")

"""A solution notebook held open in a live kernel, so that answers can be swapped in and retested in
milliseconds instead of one whole notebook run per answer (the grader-validity harness and mutation
analysis both use it)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
from jupyter_client.manager import start_new_kernel

from course import notebooks

TIMEOUT_S = 120


@dataclass(frozen=True)
class Outcome:
    ok: bool
    ename: str = ""
    evalue: str = ""
    seconds: float = 0.0
    stderr: str = ""  # what the cell wrote to stderr: nbgrader scores a test cell that writes there 0

    def describe(self) -> str:
        return "ran without error" if self.ok else f"{self.ename}: {self.evalue.strip().splitlines()[0] if self.evalue.strip() else ''}"


class LiveNotebook:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.nb = nbformat.read(str(self.path), as_version=4)
        self._start()

    def _start(self) -> None:
        self.km, self.kc = start_new_kernel(kernel_name="python3", cwd=str(self.path.parent))

    def run(self, code: str, timeout: float = TIMEOUT_S) -> Outcome:
        """Execute `code` in the kernel; report whether it raised, and what.

        Past `timeout` the kernel is interrupted; if it does not come back (a loop in C code that
        ignores the interrupt), it is restarted empty and the outcome's ename is "KernelRestarted".
        """
        start = time.perf_counter()
        errors: list[str] = []

        def keep_stderr(msg) -> None:
            content = msg.get("content", {})
            if msg.get("msg_type") == "stream" and content.get("name") == "stderr":
                errors.append(content.get("text", ""))

        try:
            reply = self.kc.execute_interactive(code, timeout=timeout, output_hook=keep_stderr, allow_stdin=False)
        except TimeoutError:
            self.km.interrupt_kernel()
            try:
                self.kc.execute_interactive("pass", timeout=30, output_hook=lambda msg: None)
            except TimeoutError:
                self.restart()
                return Outcome(False, "KernelRestarted", f"still running after {timeout} s and deaf to interrupts")
            return Outcome(False, "Timeout", f"still running after {timeout} s", time.perf_counter() - start)
        seconds = time.perf_counter() - start
        content = reply["content"]
        if content["status"] == "ok":
            return Outcome(True, seconds=seconds, stderr="".join(errors))
        return Outcome(False, content.get("ename", "Error"), content.get("evalue", ""), seconds, "".join(errors))

    def alive(self) -> bool:
        return self.km.is_alive()

    def restart(self) -> None:
        """A fresh, empty kernel in place of this one (the notebook must be run again)."""
        self.close()
        self._start()

    def run_all(self) -> list[tuple[int, Outcome]]:
        """Run every code cell in order; return the failures (index, outcome)."""
        failures = []
        for index, cell in enumerate(self.nb.cells):
            if cell.cell_type == "code":
                outcome = self.run(cell.source)
                if not outcome.ok:
                    failures.append((index, outcome))
        return failures

    def cells_of(self, exercise: str) -> tuple[list, list]:
        """(answer cells, test cells) of an exercise, found by the `NN-slug-exK` grade_id prefix."""
        answers, tests = [], []
        for cell in self.nb.cells:
            meta = notebooks.nbgrader_meta(cell)
            if notebooks.exercise_of(str(meta.get("grade_id", ""))) != exercise:
                continue
            if meta.get("grade"):
                tests.append(cell)
            elif meta.get("solution"):
                answers.append(cell)
        return answers, tests

    def between(self, exercise: str) -> list:
        """The other code cells between an exercise's answer cell and its last test cell, in order.

        Grading runs them too (a locked cell that trains the learner's model before the tests read
        it), so an answer swapped in must go through them before its tests are rerun.
        """
        answers, tests = self.cells_of(exercise)
        if not answers or not tests:
            return []
        first = self.nb.cells.index(answers[0])
        last = self.nb.cells.index(tests[-1])
        graded = {id(cell) for cell in answers + tests}
        return [
            cell for cell in self.nb.cells[first + 1:last]
            if cell.cell_type == "code" and id(cell) not in graded
        ]

    def exercises(self) -> list[str]:
        return notebooks.exercises(self.nb)

    def close(self) -> None:
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)

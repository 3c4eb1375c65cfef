"""Watching a lesson video: the picture, its controls and shortcuts, and an offer to continue."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QVBoxLayout, QWidget

from media.player import Player, PlayerState, Sound
from media.units import clock_text, wait_text
from widgets.common.video_view import VideoView
from widgets.student.resume_offer import ResumeOffer

SKIP_SECONDS = 10.0
VOLUME_STEP = 10
SAVE_EVERY = 5.0
"""While playing, the position is offered for saving this often (seconds of video)."""
RESUME_FROM = 5.0
"""A saved position this far in or more is offered; less plays from the start."""


class PlayerPage(QWidget):
    """Plays one lesson video with a Player it is given (it starts it; its owner closes it).

    start: the position saved last time; from RESUME_FROM seconds on, the page shows that picture
    and offers "Continue" or "Start over" instead of playing. position_to_save says where to
    continue next time: every SAVE_EVERY seconds of playing, on pause, when the page is hidden,
    and 0 at the end. back_requested: the pupil wants the lesson list again. wait: the seconds until
    a number of bytes of a video still downloading are there (None if unknown), to say how long the
    player waits at the edge of the download.
    """

    position_to_save = Signal(float)
    back_requested = Signal()

    def __init__(
        self,
        player: Player,
        title: str,
        start: float = 0.0,
        wait: Callable[[int], float | None] = lambda needed: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.player = player
        self._saved = start
        self._wait = wait
        self._wait_timer = QTimer(self)  # the wait shrinks as the download goes on
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._show_state)
        back = QToolButton()
        back.setText(self.tr("Lessons"))
        back.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        back.setAccessibleName(self.tr("Back to the lessons"))
        back.clicked.connect(self.back_requested)
        heading = QLabel(title)
        heading.setObjectName("heading")
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(heading, 1)
        self.offer = ResumeOffer(start)
        self.offer.continue_clicked.connect(player.play)
        self.offer.start_over_clicked.connect(lambda: (player.seek(0.0), player.play()))
        self.video_area = QWidget()  # the part that goes full screen
        self.video_area.setObjectName("playerScreen")
        self.view = VideoView()
        self.view.setAccessibleName(self.tr("Lesson video"))
        self.view.double_clicked.connect(self.toggle_full_screen)
        self.sound_note = QLabel()
        self.sound_note.setObjectName("soundNote")
        self.sound_note.setWordWrap(True)
        self.sound_note.hide()
        area_layout = QVBoxLayout(self.video_area)
        area_layout.setContentsMargins(0, 0, 0, 0)
        area_layout.setSpacing(8)
        area_layout.addWidget(self.view, 1)
        area_layout.addLayout(self._controls())
        area_layout.addWidget(self.sound_note)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.offer)
        layout.addWidget(self.video_area, 1)
        self._shortcuts()
        player.frame_changed.connect(self.view.show_frame)
        player.state_changed.connect(self._show_state)
        player.position_changed.connect(self._show_position)
        player.duration_changed.connect(self._show_position)
        player.sound_changed.connect(self._show_sound)
        player.volume_changed.connect(self._show_volume)
        offered = start >= RESUME_FROM
        self.offer.setVisible(offered)
        player.start(start if offered else 0.0, play=not offered)
        self._show_state()
        self._show_position()

    def _controls(self) -> QHBoxLayout:
        pixmap = QStyle.StandardPixmap
        self.play_button = self._button(pixmap.SP_MediaPlay, "", self.player.toggle)
        self.play_button.setIconSize(QSize(32, 32))
        self.play_button.setMinimumWidth(60)
        self.back_button = self._button(pixmap.SP_MediaSeekBackward, self.tr("10 s"), lambda: self._skip(-SKIP_SECONDS))
        self.back_button.setAccessibleName(self.tr("Back 10 seconds"))
        self.forward_button = self._button(
            pixmap.SP_MediaSeekForward, self.tr("10 s"), lambda: self._skip(SKIP_SECONDS)
        )
        self.forward_button.setAccessibleName(self.tr("Forward 10 seconds"))
        self.seek_bar = QSlider(Qt.Orientation.Horizontal)
        self.seek_bar.setAccessibleName(self.tr("Position in the video"))
        self.seek_bar.setPageStep(100)  # tenths of a second: a page is 10 s
        self.seek_bar.valueChanged.connect(self._seek_bar_moved)
        self.time_label = QLabel()
        self.time_label.setAccessibleName(self.tr("Time"))
        self.volume_icon = QLabel()
        self.volume_bar = QSlider(Qt.Orientation.Horizontal)
        self.volume_bar.setRange(0, 100)
        self.volume_bar.setFixedWidth(110)
        self.volume_bar.setAccessibleName(self.tr("Volume"))
        self.volume_bar.valueChanged.connect(self.player.set_volume)
        self.full_screen_button = self._button(pixmap.SP_TitleBarMaxButton, "", self.toggle_full_screen)
        self.full_screen_button.setAccessibleName(self.tr("Full screen"))
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.back_button)
        row.addWidget(self.forward_button)
        row.addWidget(self.seek_bar, 1)
        for widget in (self.time_label, self.volume_icon, self.volume_bar, self.full_screen_button):
            row.addWidget(widget)
        self._show_volume(self.player.volume)
        return row

    def _button(self, icon: QStyle.StandardPixmap, text: str, action: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setIcon(self.style().standardIcon(icon))
        button.setText(text)
        if text:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(24, 24))
        button.setMinimumSize(44, 40)  # big enough for small hands on a touch screen or a mouse
        button.clicked.connect(action)
        return button

    def _shortcuts(self) -> None:
        keys: list[tuple[Qt.Key, Callable[[], object]]] = [
            (Qt.Key.Key_Space, self._toggle),
            (Qt.Key.Key_Left, lambda: self._skip(-SKIP_SECONDS)),
            (Qt.Key.Key_Right, lambda: self._skip(SKIP_SECONDS)),
            (Qt.Key.Key_Up, lambda: self._change_volume(VOLUME_STEP)),
            (Qt.Key.Key_Down, lambda: self._change_volume(-VOLUME_STEP)),
            (Qt.Key.Key_F, self.toggle_full_screen),
            (Qt.Key.Key_Escape, lambda: self.set_full_screen(False)),
        ]
        for key, action in keys:
            # on the screen widget, so they also work when it is a full-screen window of its own
            shortcut = QShortcut(
                QKeySequence(key), self.video_area, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.activated.connect(action)
        name = {key: QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key, _ in keys}
        self.play_button.setToolTip(self.tr("Play or pause ({key})").format(key=name[Qt.Key.Key_Space]))
        self.back_button.setToolTip(self.tr("Back 10 seconds ({key})").format(key=name[Qt.Key.Key_Left]))
        self.forward_button.setToolTip(self.tr("Forward 10 seconds ({key})").format(key=name[Qt.Key.Key_Right]))
        self.volume_bar.setToolTip(
            self.tr("Volume ({up} louder, {down} softer)").format(up=name[Qt.Key.Key_Up], down=name[Qt.Key.Key_Down])
        )
        self.full_screen_button.setToolTip(
            self.tr("Full screen ({key}; {escape} leaves it)").format(
                key=name[Qt.Key.Key_F], escape=name[Qt.Key.Key_Escape]
            )
        )

    @Slot()
    def toggle_full_screen(self) -> None:
        self.set_full_screen(not self.video_area.isWindow())

    def set_full_screen(self, full: bool) -> None:
        """Show the picture and controls alone on the whole screen, or back in the page."""
        if full == self.video_area.isWindow():
            return
        self.video_area.setWindowFlag(Qt.WindowType.Window, full)
        if full:
            self.video_area.showFullScreen()
        else:
            self.video_area.showNormal()
        icon = QStyle.StandardPixmap.SP_TitleBarNormalButton if full else QStyle.StandardPixmap.SP_TitleBarMaxButton
        self.full_screen_button.setIcon(self.style().standardIcon(icon))
        self.full_screen_button.setAccessibleName(self.tr("Leave full screen") if full else self.tr("Full screen"))
        # the shortcuts live on the video area: keep its window active and the focus in it
        self.video_area.window().activateWindow()
        self.view.setFocus()

    def _toggle(self) -> None:
        self.offer.hide()
        self.player.toggle()

    def _skip(self, seconds: float) -> None:
        self.offer.hide()
        self.player.skip(seconds)

    def _change_volume(self, step: int) -> None:
        self.player.set_volume(self.player.volume + step)

    def _seek_bar_moved(self, tenths: int) -> None:
        # only the user moves it: the player's own updates are made with signals blocked
        self.offer.hide()
        self.player.seek(tenths / 10)

    @Slot()
    def _show_state(self) -> None:
        state = self.player.state
        playing = self.player.playing
        self.play_button.setIcon(
            self.style().standardIcon(
                QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
            )
        )
        self.play_button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))
        if playing:
            self.offer.hide()
        messages = {
            PlayerState.LOADING: self.tr("Opening the video…"),
            PlayerState.BUFFERING: self._waiting_text(),
            PlayerState.ENDED: self.tr("The end. Press Play to watch it again."),
            PlayerState.FAILED: str(self.player.error or ""),
        }
        if not self.player.has_picture and state in (PlayerState.PLAYING, PlayerState.PAUSED):
            messages[state] = self.tr("This lesson has sound only: listen.")
        self.view.set_message(messages.get(state, ""))
        if state in (PlayerState.PAUSED, PlayerState.ENDED):
            self._save(self._resume_point())
        for control in self.video_area.findChildren(QWidget):
            control.setEnabled(state is not PlayerState.FAILED or control is self.view)

    def _waiting_text(self) -> str:
        seconds = self._wait(self.player.waiting_for) if self.player.state is PlayerState.BUFFERING else None
        if self.player.state is PlayerState.BUFFERING:
            self._wait_timer.start()
        else:
            self._wait_timer.stop()
        if seconds is None:
            return self.tr("Waiting for more of the video to download…")
        return self.tr("Waiting for more of the video to download: {wait}…").format(wait=wait_text(seconds))

    @Slot()
    def _show_position(self) -> None:
        position, duration = self.player.position, self.player.duration
        self.time_label.setText(
            self.tr("{position} / {duration}").format(position=clock_text(position), duration=clock_text(duration))
        )
        self.seek_bar.setAccessibleDescription(self.time_label.text())
        if not self.seek_bar.isSliderDown():
            self.seek_bar.blockSignals(True)
            self.seek_bar.setMaximum(round(duration * 10))
            self.seek_bar.setValue(round(position * 10))
            self.seek_bar.blockSignals(False)
        if self.player.playing and abs(position - self._saved) >= SAVE_EVERY:
            self._save(position)

    @Slot()
    def _show_sound(self) -> None:
        sound = self.player.sound
        note = self.tr("This video has no sound.") if sound is Sound.NO_TRACK else str(self.player.sound_error or "")
        self.sound_note.setText(note)
        self.sound_note.setVisible(bool(self.sound_note.text()))

    @Slot(int)
    def _show_volume(self, percent: int) -> None:
        self.volume_bar.blockSignals(True)
        self.volume_bar.setValue(percent)
        self.volume_bar.blockSignals(False)
        icon = QStyle.StandardPixmap.SP_MediaVolumeMuted if percent == 0 else QStyle.StandardPixmap.SP_MediaVolume
        self.volume_icon.setPixmap(self.style().standardIcon(icon).pixmap(20, 20))
        self.volume_bar.setAccessibleDescription(self.tr("{percent}%").format(percent=percent))

    def _resume_point(self) -> float:
        # a finished lesson starts from the beginning next time
        return 0.0 if self.player.state is PlayerState.ENDED else self.player.position

    def _save(self, position: float) -> None:
        self._saved = position
        self.position_to_save.emit(position)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.view.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._save(self._resume_point())

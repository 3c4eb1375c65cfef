<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../widgets/about.py" line="+15"/>
        <source>&lt;h3&gt;O&amp;amp;O Classroom {version}&lt;/h3&gt;&lt;p&gt;Live lessons between schools, lesson videos kept on this PC for when the link is down, and quiz answers that reach the hub exactly once.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt}, PySide6 {pyside}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About O&amp;O Classroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerEdit</name>
    <message>
        <location filename="../../widgets/teacher/answer_edit.py" line="+36"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other spellings that are right too, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also right within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 for exactly the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Right answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also right within ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A number, for example 12 or 3.5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <location filename="../../app/result_tables.py" line="+78"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✘ wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}. {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceSaver</name>
    <message>
        <location filename="../../widgets/live/attendance.py" line="+20"/>
        <source>Save attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who joined and when, as a CSV file for the school office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>attendance {code}.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fetching the attendance from the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save {path}: {error}. Choose another folder or free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved %n attendance row(s) to {path}</source>
        <translation>
            <numerusform>Saved %n attendance row to {path}</numerusform>
            <numerusform>Saved %n attendance rows to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../widgets/live/chat_panel.py" line="+36"/>
        <location line="+7"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message to everyone in the lesson (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{time} {name}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This message is {length} characters long; at most {most} can be sent at once. Shorten it, or send it in parts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceInputs</name>
    <message>
        <location filename="../../widgets/student/choice_inputs.py" line="+31"/>
        <source>Pick all that apply, then press Confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick one answer, then press Confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press {key} to choose or unchoose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press {key} or {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You chose: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceListEdit</name>
    <message>
        <location filename="../../widgets/teacher/choice_list_edit.py" line="+43"/>
        <source>Add a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tick the box before each right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the right answer with the round button before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice {letter} is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choice {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove choice {letter}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomGrid</name>
    <message>
        <location filename="../../widgets/live/classroom_grid.py" line="+19"/>
        <source>No classroom has joined yet. Read out the code to the classrooms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomLive</name>
    <message>
        <location filename="../../widgets/live/classroom_live.py" line="+34"/>
        <source>The teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room, as the others see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source>Raise hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+97"/>
        <source>Mute me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Quality sent to the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This room leaves; the others go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Teacher: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The teacher is away. The lesson goes on when they are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the teacher&apos;s picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This room is on stage: every classroom hears you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another classroom is on stage: you hear it with the teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lower hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lower this room&apos;s hand ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the teacher to speak ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unmute me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muted by the teacher: the others cannot hear this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muted: the others cannot hear this room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomPage</name>
    <message>
        <location filename="../../widgets/student/classroom_page.py" line="+60"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only lessons on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the lessons that need nothing from the hub: their video is on this PC, or they have none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No lessons yet. When this PC reaches the hub, the school&apos;s lessons appear here by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer this lesson&apos;s quiz; it works without the hub too (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the lesson&apos;s video from this PC (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never delete this video to make room for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Videos on this PC: {used} of {quota}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove from this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the video from the hub when the link allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the video from this PC to free space; it stays on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Can be watched when the download is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can be watched when a little more of it has downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be watched in {wait}, when the download is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be watched in {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removing “{title}” from this PC needs the teacher&apos;s or IT staff&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from this PC? It stays on the hub and can be downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The video is playing; close it first, then remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>video {length} · {size} to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No video</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiz: {questions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;{subject} · {video}&lt;/p&gt;&lt;p&gt;{quiz}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomScreen</name>
    <message>
        <location filename="../../widgets/student/classroom_screen.py" line="+55"/>
        <source>Who is watching “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomTile</name>
    <message>
        <location filename="../../widgets/live/classroom_tile.py" line="+62"/>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>sound only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (on stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>link good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no link yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Online · {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand up, no. {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmute {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take {name} off stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put {name} on stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On stage: every classroom hears this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality sent to {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentTextEdit</name>
    <message>
        <location filename="../../widgets/teacher/content_text_edit.py" line="+45"/>
        <source>{text}, second language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In {language} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoClassroomButton</name>
    <message>
        <location filename="../../widgets/live/demo_classroom_button.py" line="+19"/>
        <source>A second program on this PC joins the lesson as a classroom: you see a drawn classroom and hear a beep each second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo classroom added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a demo classroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEntry</name>
    <message>
        <location filename="../../widgets/live/lesson_entry.py" line="+91"/>
        <source>This demo PC starts lessons as the demo teacher and joins them as the demo classroom. Start one, then press Add a demo classroom to see a classroom join.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCheck</name>
    <message>
        <location filename="../../app/devices/microphone_check.py" line="+114"/>
        <source>No microphone found. Plug in a microphone or headset, then press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone {name} is not found. Plug it in and press Look again, or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/devices/speaker_check.py" line="+110"/>
        <source>No speakers found. Plug in speakers or headphones, then press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The speakers {name} are not found. Plug them in and press Look again, or choose others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../widgets/first_run_guide.py" line="+147"/>
        <source>Do the camera, microphone and speakers work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the picture, speak to see the meter move, and play the test sound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../../widgets/setup/devices_panel.py" line="+82"/>
        <location line="+1"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the devices again, after plugging one in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record {seconds} seconds and play back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a test sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test sound volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Camera {number}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Camera {number} (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video file {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Waiting for the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{width} × {height} at {fps} frames/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{width} × {height}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{level} dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Press the button, then speak: you will hear yourself after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording… speak now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playing back what was recorded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done. If you did not hear yourself, check the microphone and the speakers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../../widgets/first_run_guide.py" line="+12"/>
        <source>Setting up O&amp;O Classroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message>
        <location filename="../../widgets/live/hands_panel.py" line="+21"/>
        <location line="+3"/>
        <source>Raised hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the chosen hand, or the first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{number}. {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hands up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <location filename="../../widgets/first_run_guide.py" line="-82"/>
        <source>Which hub does this PC use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school&apos;s IT staff know the hub&apos;s address, or have a settings file for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the hub&apos;s address and this PC&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hub address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a settings file from the IT staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Later, on IT setup (lesson videos and quizzes on this PC work without a hub)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../widgets/common/hub_status.py" line="+19"/>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to reach the hub again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Connected to the hub at {url}. %n lesson(s) in the catalog.</source>
        <translation>
            <numerusform>Connected to the hub at {url}. %n lesson in the catalog.</numerusform>
            <numerusform>Connected to the hub at {url}. %n lessons in the catalog.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline (last try {time}): {reason} Lessons and quizzes already on this PC still work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../widgets/teacher/quiz_import_report.py" line="+36"/>
        <source>Import of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n question(s) of {file} added to the quiz.</source>
        <translation>
            <numerusform>%n question of {file} added to the quiz.</numerusform>
            <numerusform>%n questions of {file} added to the quiz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n question(s) could not be imported:</source>
        <translation>
            <numerusform>%n question could not be imported:</numerusform>
            <numerusform>%n questions could not be imported:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported with a change: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question {number} ({name}), {kind}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinLesson</name>
    <message>
        <location filename="../../widgets/live/lesson_entry.py" line="-29"/>
        <source>Join with the code from the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lesson code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonForm</name>
    <message>
        <location filename="../../widgets/teacher/lesson_form.py" line="+43"/>
        <source>New lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lesson&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the lesson is about (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file: the lesson has no video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video or a sound recording; the hub makes it into the lesson format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quiz (write it below, or Import… a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Video or sound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The lesson&apos;s quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The lesson&apos;s video ({size}); choose a file to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Videos and sound ({files})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a video or sound file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read {file}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Write the lesson&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose or write the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quiz is not ready:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the quiz, or choose No quiz.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonOver</name>
    <message>
        <location filename="../../widgets/live/lesson_over.py" line="+26"/>
        <location line="+21"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Could not join the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The lesson is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC left the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try another code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonTable</name>
    <message>
        <location filename="../../widgets/common/lesson_table.py" line="+31"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonTableModel</name>
    <message>
        <location filename="../../app/lesson_list.py" line="+29"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>On this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this PC, kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No quiz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveAction</name>
    <message>
        <location filename="../../widgets/live/sending.py" line="+47"/>
        <source>Not sent: the hub cannot be reached just now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: this live lesson is over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveBanner</name>
    <message>
        <location filename="../../widgets/live/banner.py" line="+36"/>
        <source>Reconnecting to the hub… {reason} The lesson goes on by itself when the hub is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../widgets/live/live_page.py" line="+50"/>
        <source>Back to the live lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="+63"/>
        <location line="+7"/>
        <source>O&amp;O Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons for pupils on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons and quizzes for the teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub connection, data and logs of this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teach or join a live lesson with other classrooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the pupils&apos; screens; Teacher and IT setup ask for the PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About O&amp;&amp;O Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close O&amp;O Classroom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close O&amp;O Classroom now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Teacher shows the quiz answers and results. Type the teacher&apos;s or IT staff&apos;s PIN to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT setup changes this PC. Type the teacher&apos;s or IT staff&apos;s PIN to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyLessonRows</name>
    <message>
        <location filename="../../app/my_lesson_rows.py" line="+24"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} is empty (0 bytes): it did not reach the hub. Upload it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a video or sound file. Choose a video (MP4, MOV, MKV, WebM, AVI, WMV, MPEG-TS) or a sound file (MP3, M4A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub cannot decode the pictures or sound of {file}. Save it again as MP4 from the program that made it, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is damaged or cut short. Upload it again, or save it again from the program that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+21"/>
        <source>Uploading {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Processing {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyLessonsPage</name>
    <message>
        <location filename="../../widgets/teacher/my_lessons_page.py" line="+65"/>
        <source>My lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <location line="+4"/>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Publish again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Unpublish this lesson?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classrooms stop seeing it at their next sync; answers already given stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkCheckModel</name>
    <message>
        <location filename="../../app/network/lines.py" line="+20"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../widgets/setup/network_panel.py" line="+49"/>
        <source>Network check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub, download speed, live lesson connection, STUN, TURN and UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Network check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking… each line appears as soon as it is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked on this PC yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n check failed</numerusform>
            <numerusform>%n checks failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check: {time}, {result}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkTable</name>
    <message>
        <location filename="../../app/network/command.py" line="+41"/>
        <source>Checked: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n check(s) failed; the advice under each says what to do.</source>
        <translation>
            <numerusform>%n check failed; the advice under it says what to do.</numerusform>
            <numerusform>%n checks failed; the advice under each says what to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing failed; %n warning(s).</source>
        <translation>
            <numerusform>Nothing failed; %n warning.</numerusform>
            <numerusform>Nothing failed; %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as {path} for the diagnostics file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnPreview</name>
    <message>
        <location filename="../../widgets/live/own_preview.py" line="+47"/>
        <source>No camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureEdit</name>
    <message>
        <location filename="../../widgets/teacher/picture_edit.py" line="+32"/>
        <source>Choose a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PNG or JPEG picture shown with the question, at most 500 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Picture for the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../widgets/common/pin_dialog.py" line="+26"/>
        <source>Teacher or IT staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teacher/IT PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Too many wrong PINs. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong PINs. Wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong PINs. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong PIN. Try again, or ask the teacher or the IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinEditor</name>
    <message>
        <location filename="../../widgets/setup/pin_editor.py" line="+19"/>
        <source>Teacher/IT PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set (type a new PIN to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: anyone may open Teacher and IT setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The PIN needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs differ; type the same PIN in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../../widgets/student/player_page.py" line="+54"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lesson video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Back 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position in the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Play or pause ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 10 seconds ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 10 seconds ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume ({up} louder, {down} softer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen ({key}; {escape} leaves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Waiting for more of the video to download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The end. Press Play to watch it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This lesson has sound only: listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for more of the video to download: {wait}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{position} / {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This video has no sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilAnswers</name>
    <message>
        <location filename="../../widgets/teacher/pupil_answers.py" line="+25"/>
        <source>Answers of {pupil}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{pupil} ({classroom}): {right} of {total} right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each question with the pupil&apos;s answer and the right one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilPicker</name>
    <message>
        <location filename="../../widgets/student/pupil_picker.py" line="+28"/>
        <source>Not in the list? Type your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The whole class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilResultsModel</name>
    <message>
        <location filename="../../app/result_tables.py" line="-40"/>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityChoice</name>
    <message>
        <location filename="../../widgets/live/quality_choice.py" line="+20"/>
        <source>Quality: automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality: good (640×480)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality: fair (320×240)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality: poor (320×240, 7 frames/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What this PC sends on this link; automatic follows the link&apos;s loss and delay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../../widgets/teacher/question_form.py" line="+33"/>
        <source>Kind of question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../widgets/student/question_view.py" line="+70"/>
        <source>Question {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time left {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Leave the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers so far are kept; you can come back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a number, for example 12 or 3.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizEditor</name>
    <message>
        <location filename="../../widgets/teacher/quiz_editor.py" line="+62"/>
        <source>The quiz&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new question after the chosen one (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen question (Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen question up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen question down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the questions of a GIFT, Aiken or Moodle XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the quiz as a pupil sees it; the answers are not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(no text yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}. {text} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ {question} · needs work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The quiz cannot be previewed yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiz files (*.gift *.txt *.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizFileWindow</name>
    <message>
        <location filename="../../widgets/teacher/quiz_file_window.py" line="+25"/>
        <location line="+51"/>
        <source>Quiz editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>New quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a quiz saved before (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the quiz as a file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Drop the changes to this quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are not saved. To keep them, choose Keep editing, then save the quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>O&amp;O quizzes (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>The quiz cannot be saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save the quiz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizLanguages</name>
    <message>
        <location filename="../../widgets/teacher/quiz_languages.py" line="+29"/>
        <source>Written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts may carry the same words in a second language; pupils see both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../widgets/student/quiz_page.py" line="+42"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Who is taking the quiz “{title}”? Choose your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is taking the quiz “{title}”? Type your name below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{pupil}, you started “{title}” before and answered {answered} of {total} questions. Continue where you stopped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your answers so far are kept. To go on later, open this quiz again and choose your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time limit keeps running while you are away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the quiz now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPreview</name>
    <message>
        <location filename="../../widgets/teacher/quiz_preview.py" line="+24"/>
        <source>Preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is how pupils see the quiz. What you answer here is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPush</name>
    <message>
        <location filename="../../widgets/live/quiz_push.py" line="+20"/>
        <source>Pop-up quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiz to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every classroom gets this quiz to answer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not pushed: the hub cannot be reached just now. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>“{title}”: %n answer(s) so far</source>
        <translation>
            <numerusform>“{title}”: %n answer so far</numerusform>
            <numerusform>“{title}”: %n answers so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <location filename="../../widgets/student/quiz_summary.py" line="+38"/>
        <source>Back to the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– Not answered: the time ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Right. Your answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✘ Not right. Your answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Right answers: {answers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank you, {pupil}! Your answers are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Well done, {pupil}! You got all %n question(s) right.</source>
        <translation>
            <numerusform>Well done, {pupil}! You got the question right.</numerusform>
            <numerusform>Well done, {pupil}! You got all %n questions right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{pupil}, you got none of the %n question(s) right this time.</source>
        <translation>
            <numerusform>{pupil}, you did not get the question right this time.</numerusform>
            <numerusform>{pupil}, you got none of the %n questions right this time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Good work, {pupil}! You got {right} of %n question(s) right.</source>
        <translation>
            <numerusform>Good work, {pupil}! You got {right} of %n question right.</numerusform>
            <numerusform>Good work, {pupil}! You got {right} of %n questions right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Keep going, {pupil}! You got {right} of %n question(s) right.</source>
        <translation>
            <numerusform>Keep going, {pupil}! You got {right} of %n question right.</numerusform>
            <numerusform>Keep going, {pupil}! You got {right} of %n questions right.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The right answers are below: look at them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../widgets/teacher/results_view.py" line="+52"/>
        <source>Results per pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the latest results from the hub (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each question with the chosen pupil&apos;s answer and the right one (or double-click the pupil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every answer as a spreadsheet file that Excel opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching results from the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a lesson to see its quiz results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>“{title}”: {answered} of %n pupil(s) answered.</source>
        <translation>
            <numerusform>“{title}”: {answered} of %n pupil answered.</numerusform>
            <numerusform>“{title}”: {answered} of %n pupils answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Answers from %n version(s) of this quiz: each is judged against the version its pupil was given.</source>
        <translation>
            <numerusform>Answers from %n version of this quiz: each is judged against the version its pupil was given.</numerusform>
            <numerusform>Answers from %n versions of this quiz: each is judged against the version its pupil was given.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{answered} {versions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {version} of the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{answer}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number}. {text}
    {right} of {answered} right · {chosen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../widgets/student/resume_offer.py" line="+20"/>
        <source>Continue from {time}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the video from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../widgets/first_run_guide.py" line="-50"/>
        <source>What is this PC for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A classroom&apos;s PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pupils watch lesson videos, take quizzes and join live lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A teacher&apos;s PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The teacher teaches live lessons to other schools and reads quiz results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAsideModel</name>
    <message>
        <location filename="../../app/result_tables.py" line="+62"/>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the hub refused it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAsideView</name>
    <message>
        <location filename="../../widgets/setup/set_aside_view.py" line="+35"/>
        <source>The hub would not take these answers, so they are no longer sent; every other answer still is. They stay on this PC. Export them for the teacher, and tell the hub&apos;s administrator the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Answers the hub refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these answers as a spreadsheet file that Excel opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export the refused answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../widgets/setup/settings_form.py" line="+48"/>
        <source>The hub this PC talks to, from the school&apos;s IT staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For live lessons; several are separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the hub and video downloads; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example 800 kbit/s: live lessons send no more to each link; 0 for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example 2 Mbit/s, so downloads leave room for live lessons; 0 for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example 18:00-07:00 to download overnight; empty for any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much disk the lesson videos may use, for example 20 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes without a key press or mouse move, after which Teacher and IT setup ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{saved} (type a new token to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paste the token from `oo-hub token`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The demo uses its own hub on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A classroom (opens on the lessons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A teacher (opens on the teacher&apos;s screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teacher/IT lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a classroom PC with a PIN, Teacher (quiz answers) and IT setup ask for it, and so does removing a video. Without a PIN anyone at this PC may open them. A teacher&apos;s PC never asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep these settings on this PC ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+114"/>
        <source>Use the provisioned settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Forget every setting changed on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>* changed on this PC; kept in {path}, never in the provisioned file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{title} *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{title}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+11"/>
        <source>Not saved; fix these and save again:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved on this PC. Restart O&amp;O Classroom to use the new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This PC&apos;s own settings are removed. Restart O&amp;O Classroom to use the provisioned ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forget every setting changed on this PC, including a token typed here?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../widgets/setup/setup_page.py" line="+51"/>
        <source>IT setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the hub now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>none (built-in defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC&apos;s settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teacher/IT lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>off: a teacher&apos;s PC never asks for the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off: no PIN is set, so anyone at this PC may open Teacher and IT setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>on: Teacher, IT setup and removing a video ask for the PIN; locks again after %n idle minute(s)</source>
        <translation>
            <numerusform>on: Teacher, IT setup and removing a video ask for the PIN; locks again after %n idle minute</numerusform>
            <numerusform>on: Teacher, IT setup and removing a video ask for the PIN; locks again after %n idle minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none changed on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video storage limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a diagnostics file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A zip for the IT staff: logs, settings without secrets, devices, versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Saved {path}; send it to the IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The devices chosen here are kept on this PC; videos and live lessons use them from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The devices chosen could not be kept: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a diagnostics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartLesson</name>
    <message>
        <location filename="../../widgets/live/lesson_entry.py" line="-38"/>
        <source>Start a live lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The classrooms join with the lesson&apos;s code. Type a code of your own, or leave it empty for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the lesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <location filename="../../app/sync_command.py" line="+31"/>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Catalog: %n lesson(s).</source>
        <translation>
            <numerusform>Catalog: %n lesson.</numerusform>
            <numerusform>Catalog: %n lessons.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading videos (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Videos: %n on this PC.</source>
        <translation>
            <numerusform>Videos: %n on this PC.</numerusform>
            <numerusform>Videos: %n on this PC.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{video}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Videos: {ready} on this PC, %n not: {problems}</source>
        <translation>
            <numerusform>Videos: {ready} on this PC, %n not: {problems}</numerusform>
            <numerusform>Videos: {ready} on this PC, %n not: {problems}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Answers: {sent} sent, %n waiting: {problem}</source>
        <translation>
            <numerusform>Answers: {sent} sent, %n waiting: {problem}</numerusform>
            <numerusform>Answers: {sent} sent, %n waiting: {problem}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Answers: %n sent, none waiting.</source>
        <translation>
            <numerusform>Answers: %n sent, none waiting.</numerusform>
            <numerusform>Answers: %n sent, none waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Progress: %n report(s) waiting: {problem}</source>
        <translation>
            <numerusform>Progress: %n report waiting: {problem}</numerusform>
            <numerusform>Progress: %n reports waiting: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not everything was done ({steps}); run it again when the link is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>O&amp;O Classroom is open on this PC and keeps it up to date itself; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../widgets/common/sync_status.py" line="+27"/>
        <source>Every answer has reached the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every other answer has reached the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n answer(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n answer waiting to be sent.</numerusform>
            <numerusform>%n answers waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last try {time}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n answer(s) the hub refused are kept on this PC; IT setup lists them with the reason.</source>
        <translation>
            <numerusform>%n answer the hub refused is kept on this PC; IT setup lists it with the reason.</numerusform>
            <numerusform>%n answers the hub refused are kept on this PC; IT setup lists them with the reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeacherLive</name>
    <message>
        <location filename="../../widgets/live/teacher_live.py" line="+46"/>
        <source>End lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the lesson for every classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your camera, as the classrooms see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live: the classrooms join with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End the lesson?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the lesson for every classroom now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <location filename="../../widgets/teacher/teacher_page.py" line="+32"/>
        <location line="+45"/>
        <source>Lessons and quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Quiz questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a quiz in the quiz editor, or import one, and save it as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit a copy of this quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this lesson&apos;s quiz in the quiz editor to save a changed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>My lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Choose a lesson to see its quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiz: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number}. {text}
    {kind} · answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnEditor</name>
    <message>
        <location filename="../../widgets/setup/turn_editor.py" line="+32"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a TURN server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TURN server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TURN user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TURN password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this TURN server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>answer</name>
    <message>
        <location filename="../../app/answer_words.py" line="+22"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <location filename="../../app/attendance_export.py" line="+24"/>
        <source>teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cache</name>
    <message>
        <location filename="../../media/cache.py" line="+87"/>
        <source>The disk holding the video cache ({path}) is full. Nothing was damaged; free some space, or ask IT staff to lower [storage] quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../media/cache_reader.py" line="+71"/>
        <source>The video {id} was changed or removed while it was open; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../media/downloader.py" line="+162"/>
        <source>Videos download only between {window}; the rest download then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../media/retry.py" line="+36"/>
        <source>{error} This happened {tries} times in a row with this video alone, so the other videos download first; it is tried again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../media/video_state.py" line="+12"/>
        <source>The hub kept sending data that does not match the catalog ({tries} tries): the video may have changed on the hub, or the link damages data. It is tried again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The downloaded video did not match its checksum and was deleted; it downloads again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No room for this video ({size}) within the video storage limit ({quota}): videos that stay (pinned, playing or just downloaded) use {kept}. Unpin or remove lessons, or ask IT staff to raise [storage] quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub does not have this video&apos;s file. It is tried again at the next sync; if it stays missing, tell the hub&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <location filename="../../media/camera.py" line="+164"/>
        <source>No camera found (camera {number} cannot be opened). Plug in a USB camera and press Look again, or choose another camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The camera stopped sending pictures; it may have been unplugged. Check its cable, then press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The video file {path} cannot be played as a camera: it is missing or not a video. Check the file, or choose a camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <location filename="../../app/config_values.py" line="+39"/>
        <source>expected text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an address like &quot;http://hub.school.example:8750&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a size like &quot;20 GB&quot; or &quot;500 MB&quot;, or a number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a rate like &quot;2 Mbit/s&quot; or &quot;500 kbit/s&quot;, or 0 for no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a time window like &quot;18:00-07:00&quot;, or &quot;&quot; for any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &quot;en&quot;, &quot;zh_TW&quot;, or &quot;&quot; for the system language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &quot;classroom&quot; or &quot;teacher&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected &quot;&quot; (no PIN) or the line `oo-classroom config pin` prints, like pin_hash = &quot;pbkdf2_sha256$600000$…&quot;; never the PIN itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a whole number of minutes, 1 or more, like 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a list like [&quot;stun:stun.school.example:3478&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a list of {url = &quot;turn:host:3478&quot;, username = &quot;...&quot;, password = &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a camera number (0 for the first camera) or a video file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/config.py" line="+51"/>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolment token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STUN servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TURN servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live lesson speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Video storage limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Download speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teacher/IT PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock again after (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../app/settings.py" line="+105"/>
        <source>[{section}] {key}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[{section}]: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}, {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the config file {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: this is not valid TOML: {error}. Fix that line; text values need quotes, like url = &quot;http://hub:8750&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} (found {value!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown section; did you mean {hint}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>unknown section; known sections: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>unknown key; did you mean {hint}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>unknown key; known keys: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>expected a section [{name}] with keys under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/config_command.py" line="+32"/>
        <source>{path}: no mistakes found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Teacher/IT PIN (at least {count} characters; not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same PIN again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No PIN was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN needs at least {count} characters; no PIN was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two PINs differ; no PIN was made. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put this line under [ui] in the settings file (it holds no PIN, only a salted hash):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../media/database.py" line="+34"/>
        <source>Cannot open {path}: {error}. Check that the data folder exists, is writable and the disk is not full, or set another [storage] data_dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../app/demo_names.py" line="+16"/>
        <source>Demo classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo teacher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <location filename="../../media/chime.py" line="+49"/>
        <source>The speakers {name} cannot be used ({error}). Check that speakers or headphones are plugged in and turned on, then press Look again, or choose others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../media/microphone.py" line="+56"/>
        <source>(system default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../media/microphone.py" line="-4"/>
        <source>The microphone {name} cannot be used ({error}). Check that it is plugged in, then press Look again, or choose another microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the microphone stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sound came from the microphone for {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../media/sound_devices.py" line="+38"/>
        <source>The sound system cannot be asked for its devices ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>first run</name>
    <message>
        <location filename="../../app/first_run.py" line="+68"/>
        <source>Could not copy {file} to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub</name>
    <message>
        <location filename="../../app/hub_client.py" line="+260"/>
        <source>No hub address is set. Set [hub] url in the config file, or ask IT staff to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/hub_failures.py" line="+48"/>
        <source>The hub at {url} did not answer within {seconds} seconds. The link may be very slow or down; lessons on this PC still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot reach the hub at {url} ({reason}). Check the network cable or Wi-Fi; if other sites open, the hub may be down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>the hub&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub&apos;s security certificate is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing answers at that address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this PC has no network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no route to the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The hub at {url} lists a lesson this app cannot read ({detail}). The lessons this PC already has stay; tell the hub&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hub at {url} refused what it was sent: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/hub_client.py" line="-166"/>
        <source>The catalog from the hub at {url} arrived damaged (it does not match its checksum). It was not kept and will be fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The video server refused the link the hub at {url} gave (HTTP {status}). Tell the hub&apos;s administrator: the [videos] secret in hub.toml must equal nginx&apos;s secure_link_md5 secret, and both machines&apos; clocks must be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The hub at {url} has no live lesson connection; it is older than this program. Update the hub (oo-hub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/hub_failures.py" line="-65"/>
        <source>not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the hub at {url} broke off. It will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub at {url} does not accept this PC&apos;s token. Ask IT staff for a new one (oo-hub token) and put it in [hub] token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub at {url} does not allow this PC to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub at {url} has a problem of its own (HTTP {status}). Try again later or tell the hub&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/hub_client.py" line="+34"/>
        <source>not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/hub_failures.py" line="+13"/>
        <source>The server at {url} answered, but not like an O&amp;O Classroom hub ({detail}). Check the hub address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import reason</name>
    <message>
        <location filename="../../widgets/teacher/quiz_import_report.py" line="-59"/>
        <source>a text with no answer to give; the project has no kind for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an answer in the pupil&apos;s own words cannot be marked; the project has no kind for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pairs to match; the project has no kind for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project has no kind for this type of question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no choice is worth any marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer is worth 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an answer with the wildcard * cannot be marked by the project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <location filename="../../widgets/common/names.py" line="+8"/>
        <source>Single choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../widgets/teacher/quiz_languages.py" line="-38"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Taiwan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../app/library_client.py" line="+74"/>
        <source>This PC&apos;s token is a classroom&apos;s: only a teacher&apos;s or an admin&apos;s token may publish lessons. Ask IT staff for a teacher&apos;s token (oo-hub token --role teacher) and put it in [hub] token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hub at {url} refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/my_lessons.py" line="+112"/>
        <source>Cannot read {file}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is {size}; the hub takes files of up to {most}. Shorten or compress it, or ask the hub&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{reason} The publish goes on when O&amp;O Classroom next starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <location filename="../../media/sound_sink.py" line="+64"/>
        <source>The speakers cannot be used ({error}). The lesson goes on without sound; check that speakers or headphones are plugged in, or choose others in IT setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/live/signaling.py" line="+56"/>
        <source>There is no live lesson with the code {code}. Check the code with the teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another teacher&apos;s lesson is using the code {code}. Choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} cannot be a lesson code: a code is 6 letters and digits, without 0, O, 1 or I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s token cannot do that: teachers start live lessons and classrooms join them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This classroom came into the lesson again from another window or PC, so this one left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC tried too many wrong lesson codes. Wait {seconds} seconds, check the code with the teacher and join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The connection to the hub was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The teacher ended the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lesson ended while this PC was away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../media/lesson_media.py" line="+97"/>
        <source>No microphone: the others cannot hear this room. The lesson goes on. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+179"/>
        <source>The camera stopped during the lesson; the others see its last picture and the lesson goes on. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No camera picture: the others see a plain picture and the lesson goes on. {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../media/janus_session.py" line="+34"/>
        <source>The lesson&apos;s video server does not answer; check the network. ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lesson&apos;s video server refused this PC&apos;s pass (expired or not from the hub); join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lesson&apos;s video server did not let this PC into the lesson; join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lesson&apos;s video room is gone: the lesson has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lesson&apos;s video server refused: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The lesson&apos;s video server sent no answer to this camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_classroom.py" line="+119"/>
        <source>exit status {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo classroom stopped ({problem}). Its log is {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/live/lesson.py" line="+258"/>
        <source>You ended the lesson for every classroom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/launch.py" line="+80"/>
        <source>The settings file has mistakes; nothing was changed. Fix them and start again:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} joined the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/desktop.py" line="+81"/>
        <source>O&amp;O Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Preparing the demo lessons (only on the first start): each is listed once its video is ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/window.py" line="+81"/>
        <source>A live lesson is going on; closing leaves it (the others go on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lesson videos are downloading. They go on from where they stopped the next time O&amp;O Classroom starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/desktop.py" line="-83"/>
        <source>O&amp;O Classroom is already open on this PC; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/launch.py" line="-8"/>
        <source>Live lesson code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/desktop.py" line="+93"/>
        <source>The demo lessons could not be made; see the log file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo_hub.py" line="+112"/>
        <source>The demo hub could not start ({error}). Its log is {path}; the demo needs a writable data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../widgets/no_display.py" line="+21"/>
        <source>No display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open. Start O&amp;O Classroom on the PC&apos;s desktop; or with no window at all: QT_QPA_PLATFORM=offscreen oo-classroom; or on a virtual screen: xvfb-run -a oo-classroom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <location filename="../../app/network/check_line.py" line="+31"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer from {what} within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} did not complete a TLS handshake ({reason}). Check that the address starts with https only if the server really serves https on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing answers at {where}: the server is not running there, or the port is wrong. Check the address and that the server is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC has no way to {where}. Check the network cable or Wi-Fi and the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect to {where}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of {where} has expired. Its administrator must renew it; also check that this PC&apos;s date and time are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certificate for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of {where} is made out to another name. Use the name the certificate is for in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of {where} is not from an authority this PC trusts (for example self-made). Use a certificate from a public authority such as Let&apos;s Encrypt, or install the school&apos;s own authority on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/network/hub_check.py" line="+34"/>
        <source>Other hub checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+162"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Set [hub] url in the config file, for example http://hub.school.example:8750.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not checked, because the name was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked, because nothing could connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not checked, because the secure connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not checked, because the server does not answer as a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked, because the hub does not accept this PC&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proxy name lookup (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub name lookup (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the name server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s DNS server does not answer. Check the network settings or ask the network admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/network/ice_check.py" line="+206"/>
        <source>{host} not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address in the config file for typing mistakes; if it is right, this PC&apos;s DNS server does not know the name (ask the network admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{address}, {ms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection (TCP {where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A firewall may drop the connection, or the server&apos;s PC is off. Ask the network admin to allow TCP port {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Secure connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server accepted the connection but never finished the TLS handshake; check the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{version}, {ms}, certificate valid until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub&apos;s certificate runs out in under {days} days; its administrator should renew it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hub answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a working hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round trip {ms} (median of {count}), hub {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link is slow to answer: live lessons will lag and talk over each other. Check what else uses the link during lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This PC&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask IT staff for a token (made on the hub with oo-hub token) and put it in [hub] token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub has no lesson video yet to measure with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+26"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{rate} Mbit/s ({size} MB in {seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slower than a lesson video needs ({need} Mbit/s): videos will not play while they download. Let them download ahead, in hours when the link is free ([downloads] window, for example 18:00-07:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Live lesson connection (WebSocket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The socket opened but the hub did not talk on it. A proxy or firewall may block WebSockets; ask the network admin to let them through to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something other than the hub answered on the live lesson socket. Check the hub address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round trip {ms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/network/ice_check.py" line="-91"/>
        <source>STUN {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The STUN server answered with an error; check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>public address {address}, {ms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TURN {url} over {transport}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The TURN server does not accept the username and password in [[network.turn]]. Check them with whoever runs the TURN server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>username or password refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TURN server refused the allocation; tell whoever runs it what it said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>relay address {address}, {ms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check the server&apos;s name in [network] for typing mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refused ({code} {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing came back over UDP: the server is down, or a firewall blocks UDP (see the UDP line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UDP for live lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No STUN or TURN server is set, so live lessons may not connect to other schools. Set [network] stun, and a [[network.turn]] where firewalls are strict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>gets through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only TURN over TCP or TLS is set; add a STUN server to find out whether UDP works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the STUN and TURN lines above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDP seems blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing answers over UDP, but TURN over TCP/TLS works: live lessons will go through it, with a little more delay. Keep that TURN server in the settings, or ask the network admin to allow UDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing answers over UDP and no TURN over TCP/TLS works, so live lessons cannot connect. Add a [[network.turn]] with turn:host:3478?transport=tcp or turns:host:5349, or ask the network admin to allow UDP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../../media/decoder.py" line="+72"/>
        <source>The lesson video {name} cannot be played ({error}). It may be damaged: go back to the lessons, remove it from this PC and download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The lesson video {name} stopped: the player ran into a problem ({error}). Go back to the lessons and open it again; if it happens again, tell IT staff (the log has the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it has neither picture nor sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../media/speakers.py" line="+30"/>
        <source>The speakers cannot be used ({error}). The video goes on without sound; check that speakers or headphones are plugged in, or choose others in IT setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the sound output stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sound output took nothing for {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quiz</name>
    <message>
        <location filename="../../app/quiz_session.py" line="+118"/>
        <source>Your answer could not be saved ({error}). Press again; the answers you already gave are safe. If it keeps happening, tell the teacher: the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quiz draft</name>
    <message>
        <location filename="../../app/quiz_draft.py" line="+90"/>
        <source>The question has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A choice question needs at least two choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A choice has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark the right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The quiz has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quiz has no questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quiz files</name>
    <message>
        <location filename="../../app/quiz_files.py" line="+36"/>
        <source>{name} is too large ({size} kB); the most is {limit} kB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not a quiz saved by O&amp;O Classroom ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is not a PNG or JPEG picture; save it as one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} could not be imported: it is not a GIFT, Aiken or Moodle XML quiz the editor can read ({error}). Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../app/results.py" line="+132"/>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/set_aside.py" line="+72"/>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/set_aside.py" line="+2"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/set_aside.py" line="+1"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/set_aside.py" line="+1"/>
        <source>Answered at (PC clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived at hub (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/set_aside.py" line="-3"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the hub refused it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <location filename="../../widgets/common/saving.py" line="+20"/>
        <source>Could not save {path}: {error}. Choose another folder or free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../app/settings.py" line="+27"/>
        <source>Cannot read this PC&apos;s settings file {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not save the settings in {path}: {error}. Nothing was changed; check that the disk has room and that the folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subject</name>
    <message>
        <location filename="../../app/lesson_list.py" line="-108"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mathematics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Science</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../app/result_sync.py" line="+169"/>
        <source>The hub did not confirm every answer; they stay on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub did not confirm every progress report; they stay on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The answers database on this PC is busy or the disk is full ({error}). Nothing is lost; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../media/units.py" line="+26"/>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>upload</name>
    <message>
        <location filename="../../app/upload_command.py" line="+27"/>
        <source>{file} is not a file on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uploading {file} (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run the same command again to go on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tus.py" line="+75"/>
        <source>The hub at {url} refused the upload: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/uploader.py" line="+138"/>
        <source>The upload of {file} had to start over {times} times (the file kept changing, or the hub at {url} kept losing it). Try again later, or tell the hub&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Cannot read {file}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>{file} has {size} bytes; the hub at {url} takes uploads of up to {most} bytes. Shorten or compress the video, or ask the hub&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The upload to the hub at {url} kept arriving damaged. Check the network; it goes on from where it stopped when you try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

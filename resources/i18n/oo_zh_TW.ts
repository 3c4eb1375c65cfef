<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>About</name>
    <message>
        <location filename="../../widgets/about.py" line="+15"/>
        <source>&lt;h3&gt;O&amp;amp;O Classroom {version}&lt;/h3&gt;&lt;p&gt;Live lessons between schools, lesson videos kept on this PC for when the link is down, and quiz answers that reach the hub exactly once.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Python {python}, Qt {qt}, PySide6 {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;O&amp;amp;O 線上線下教室 {version}&lt;/h3&gt;&lt;p&gt;跨校直播課程；課程影片存在這台電腦，斷線時也能觀看；測驗答案只會送達中心伺服器一次，不會遺失也不會重複。&lt;/p&gt;&lt;p&gt;本軟體為自由軟體，依 GNU 通用公共授權條款（GPL）第 3 版或更新版本授權。&lt;/p&gt;&lt;p&gt;Python {python}、Qt {qt}、PySide6 {pyside}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About O&amp;O Classroom</source>
        <translation>關於 O&amp;O 線上線下教室</translation>
    </message>
</context>
<context>
    <name>AnswerEdit</name>
    <message>
        <location filename="../../widgets/teacher/answer_edit.py" line="+36"/>
        <source>True</source>
        <translation>對</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False</source>
        <translation>錯</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Right answer</source>
        <translation>正確答案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also right</source>
        <translation>也算對</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other spellings that are right too, one a line</source>
        <translation>其他也算對的寫法，一行一個</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also right within</source>
        <translation>容許的誤差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 for exactly the answer</source>
        <translation>0 表示必須完全相同</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Right answer:</source>
        <translation>正確答案：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also right:</source>
        <translation>也算對：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also right within ±</source>
        <translation>容許的誤差 ±</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A number, for example 12 or 3.5</source>
        <translation>一個數字，例如 12 或 3.5</translation>
    </message>
</context>
<context>
    <name>AnswersModel</name>
    <message>
        <location filename="../../app/result_tables.py" line="+78"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ right</source>
        <translation>✔ 答對</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✘ wrong</source>
        <translation>✘ 答錯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}. {text}</source>
        <translation>{number}. {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Question</source>
        <translation>題目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>對錯</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right answer</source>
        <translation>正確答案</translation>
    </message>
</context>
<context>
    <name>AttendanceSaver</name>
    <message>
        <location filename="../../widgets/live/attendance.py" line="+20"/>
        <source>Save attendance…</source>
        <translation>儲存出席紀錄…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who joined and when, as a CSV file for the school office</source>
        <translation>誰在何時加入，存成 CSV 檔交給學校行政</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>attendance {code}.csv</source>
        <translation>出席紀錄 {code}.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save attendance</source>
        <translation>儲存出席紀錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fetching the attendance from the hub…</source>
        <translation>正在從中心伺服器取得出席紀錄…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save {path}: {error}. Choose another folder or free some disk space.</source>
        <translation>無法儲存 {path}：{error}。請選擇其他資料夾，或清出一些磁碟空間。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved %n attendance row(s) to {path}</source>
        <translation>
            <numerusform>已將 %n 筆出席紀錄存到 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../widgets/live/chat_panel.py" line="+36"/>
        <location line="+7"/>
        <source>Chat</source>
        <translation>聊天室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to everyone</source>
        <translation>傳訊息給大家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat message</source>
        <translation>聊天訊息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>送出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message to everyone in the lesson (Enter)</source>
        <translation>把訊息傳給課程裡的每個人（Enter）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{time} {name}: {text}</source>
        <translation>{time} {name}：{text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This message is {length} characters long; at most {most} can be sent at once. Shorten it, or send it in parts.</source>
        <translation>這則訊息有 {length} 個字，一次最多只能送出 {most} 個字。請刪短一點，或分幾次送出。</translation>
    </message>
</context>
<context>
    <name>ChoiceInputs</name>
    <message>
        <location filename="../../widgets/student/choice_inputs.py" line="+31"/>
        <source>Pick all that apply, then press Confirm.</source>
        <translation>選出所有對的答案（可以選不只一個），再按「確定」。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick one answer, then press Confirm.</source>
        <translation>選一個答案，再按「確定」。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press {key} to choose or unchoose</source>
        <translation>按 {key} 選取或取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press {key} or {number}</source>
        <translation>按 {key} 或 {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confirm (Enter)</source>
        <translation>確定（Enter）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You chose: {choice}</source>
        <translation>你選了：{choice}</translation>
    </message>
</context>
<context>
    <name>ChoiceListEdit</name>
    <message>
        <location filename="../../widgets/teacher/choice_list_edit.py" line="+43"/>
        <source>Add a choice</source>
        <translation>新增選項</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tick the box before each right answer.</source>
        <translation>在每個正確答案前面的方框打勾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the right answer with the round button before it.</source>
        <translation>點選正確答案前面的圓形按鈕。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The right answer</source>
        <translation>正確答案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A right answer</source>
        <translation>正確答案之一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice {letter} is right</source>
        <translation>選項 {letter} 是正確答案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choice {letter}</source>
        <translation>選項 {letter}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove choice {letter}</source>
        <translation>移除選項 {letter}</translation>
    </message>
</context>
<context>
    <name>ClassroomGrid</name>
    <message>
        <location filename="../../widgets/live/classroom_grid.py" line="+19"/>
        <source>No classroom has joined yet. Read out the code to the classrooms.</source>
        <translation>還沒有教室加入。請把課程代碼唸給各教室聽。</translation>
    </message>
</context>
<context>
    <name>ClassroomLive</name>
    <message>
        <location filename="../../widgets/live/classroom_live.py" line="+34"/>
        <source>The teacher</source>
        <translation>老師</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room, as the others see it</source>
        <translation>本教室（其他人看到的畫面）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source>Raise hand</source>
        <translation>舉手</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+97"/>
        <source>Mute me</source>
        <translation>把我靜音</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Quality sent to the teacher</source>
        <translation>傳給老師的畫質</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave lesson</source>
        <translation>離開課程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This room leaves; the others go on</source>
        <translation>本教室離開，其他教室繼續上課</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Teacher: {name}</source>
        <translation>老師：{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joining the lesson…</source>
        <translation>正在加入課程…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The teacher is away. The lesson goes on when they are back.</source>
        <translation>老師暫時離線，回來後課程會繼續。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the teacher&apos;s picture…</source>
        <translation>正在等待老師的畫面…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This room is on stage: every classroom hears you.</source>
        <translation>本教室正在台上：每間教室都聽得到你們。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another classroom is on stage: you hear it with the teacher.</source>
        <translation>另一間教室正在台上：你們會和老師一起聽到他們。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lower hand</source>
        <translation>放下手</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lower this room&apos;s hand ({shortcut})</source>
        <translation>放下本教室的手（{shortcut}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the teacher to speak ({shortcut})</source>
        <translation>舉手請老師讓我們發言（{shortcut}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unmute me</source>
        <translation>取消我的靜音</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Muted by the teacher: the others cannot hear this room.</source>
        <translation>老師已將本教室靜音：其他人聽不到這間教室。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muted: the others cannot hear this room.</source>
        <translation>已靜音：其他人聽不到這間教室。</translation>
    </message>
</context>
<context>
    <name>ClassroomPage</name>
    <message>
        <location filename="../../widgets/student/classroom_page.py" line="+60"/>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only lessons on this PC</source>
        <translation>只顯示這台電腦上的課程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the lessons that need nothing from the hub: their video is on this PC, or they have none</source>
        <translation>只顯示不需要中心伺服器的課程：影片已在這台電腦上，或課程沒有影片</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No lessons yet. When this PC reaches the hub, the school&apos;s lessons appear here by themselves.</source>
        <translation>目前還沒有課程。這台電腦連上中心伺服器後，學校的課程會自動出現在這裡。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take the quiz</source>
        <translation>做測驗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer this lesson&apos;s quiz; it works without the hub too (Ctrl+T)</source>
        <translation>回答這堂課的測驗；沒有連上中心伺服器也可以作答（Ctrl+T）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch</source>
        <translation>觀看影片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the lesson&apos;s video from this PC (Ctrl+W)</source>
        <translation>從這台電腦播放這堂課的影片（Ctrl+W）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep on this PC</source>
        <translation>保留在這台電腦</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never delete this video to make room for others</source>
        <translation>不要為了騰出空間而刪除這部影片</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Videos on this PC: {used} of {quota}</source>
        <translation>這台電腦上的影片：已用 {used}，上限 {quota}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Download again</source>
        <translation>重新下載</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove from this PC</source>
        <translation>從這台電腦移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the video from the hub when the link allows</source>
        <translation>網路可用時從中心伺服器下載這部影片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the video from this PC to free space; it stays on the hub</source>
        <translation>從這台電腦刪除影片以騰出空間；中心伺服器上仍保有這部影片</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Can be watched when the download is done.</source>
        <translation>下載完成後就能觀看。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can be watched when a little more of it has downloaded.</source>
        <translation>再多下載一些就能觀看。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be watched in {wait}, when the download is done.</source>
        <translation>{wait}後下載完成，就能觀看。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be watched in {wait}.</source>
        <translation>{wait}後就能觀看。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Removing “{title}” from this PC needs the teacher&apos;s or IT staff&apos;s PIN.</source>
        <translation>要從這台電腦移除「{title}」，需要老師或資訊組的 PIN 碼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from this PC? It stays on the hub and can be downloaded again.</source>
        <translation>要從這台電腦移除「{title}」嗎？中心伺服器上仍有這部影片，之後可以再下載。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The video is playing; close it first, then remove it.</source>
        <translation>影片正在播放中；請先關閉影片再移除。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>video {length} · {size} to download</source>
        <translation>影片 {length} · 下載大小 {size}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No video</source>
        <translation>沒有影片</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 題</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quiz: {questions}</source>
        <translation>測驗：{questions}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quiz</source>
        <translation>沒有測驗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;{subject} · {video}&lt;/p&gt;&lt;p&gt;{quiz}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{subject} · {video}&lt;/p&gt;&lt;p&gt;{quiz}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ClassroomScreen</name>
    <message>
        <location filename="../../widgets/student/classroom_screen.py" line="+55"/>
        <source>Who is watching “{title}”?</source>
        <translation>誰要看「{title}」？</translation>
    </message>
</context>
<context>
    <name>ClassroomTile</name>
    <message>
        <location filename="../../widgets/live/classroom_tile.py" line="+62"/>
        <source>Muted</source>
        <translation>已靜音</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>sound only</source>
        <translation>只有聲音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting</source>
        <translation>連線中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (on stage)</source>
        <translation>{name}（台上）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture from {name}</source>
        <translation>{name} 的畫面</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>link good</source>
        <translation>連線良好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link fair</source>
        <translation>連線普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link poor</source>
        <translation>連線不佳</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no link yet</source>
        <translation>尚未連線</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Online · {link}</source>
        <translation>在線 · {link}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand up, no. {place}</source>
        <translation>舉手，第 {place} 位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unmute</source>
        <translation>取消靜音</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute</source>
        <translation>靜音</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmute {name}</source>
        <translation>取消 {name} 的靜音</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute {name}</source>
        <translation>將 {name} 靜音</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off stage</source>
        <translation>下台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On stage</source>
        <translation>上台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take {name} off stage</source>
        <translation>請 {name} 下台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put {name} on stage</source>
        <translation>請 {name} 上台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On stage: every classroom hears this one</source>
        <translation>上台：每間教室都聽得到這間教室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality sent to {name}</source>
        <translation>傳給{name}的畫質</translation>
    </message>
</context>
<context>
    <name>ContentTextEdit</name>
    <message>
        <location filename="../../widgets/teacher/content_text_edit.py" line="+45"/>
        <source>{text}, second language</source>
        <translation>{text}（第二種語言）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In {language} (optional)</source>
        <translation>{language}（可不填）</translation>
    </message>
</context>
<context>
    <name>DemoClassroomButton</name>
    <message>
        <location filename="../../widgets/live/demo_classroom_button.py" line="+19"/>
        <source>A second program on this PC joins the lesson as a classroom: you see a drawn classroom and hear a beep each second.</source>
        <translation>這台電腦上的另一個程式以教室的身分加入課程：您會看到一間畫出來的教室，並且每秒聽到一聲嗶。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo classroom added</source>
        <translation>已加入示範教室</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a demo classroom</source>
        <translation>加入示範教室</translation>
    </message>
</context>
<context>
    <name>DemoEntry</name>
    <message>
        <location filename="../../widgets/live/lesson_entry.py" line="+91"/>
        <source>This demo PC starts lessons as the demo teacher and joins them as the demo classroom. Start one, then press Add a demo classroom to see a classroom join.</source>
        <translation>這台示範電腦以示範老師的身分開始課程，也以示範教室的身分加入課程。開始一堂課程後，按「加入示範教室」，就能看到一間教室加入。</translation>
    </message>
</context>
<context>
    <name>DeviceCheck</name>
    <message>
        <location filename="../../app/devices/microphone_check.py" line="+114"/>
        <source>No microphone found. Plug in a microphone or headset, then press Look again.</source>
        <translation>找不到麥克風。請插上麥克風或耳麥，再按「重新偵測」。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone {name} is not found. Plug it in and press Look again, or choose another.</source>
        <translation>找不到麥克風 {name}。請把它插上後按「重新偵測」，或選擇其他麥克風。</translation>
    </message>
    <message>
        <location filename="../../app/devices/speaker_check.py" line="+110"/>
        <source>No speakers found. Plug in speakers or headphones, then press Look again.</source>
        <translation>找不到喇叭。請插上喇叭或耳機，再按「重新偵測」。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The speakers {name} are not found. Plug them in and press Look again, or choose others.</source>
        <translation>找不到喇叭 {name}。請把它插上後按「重新偵測」，或選擇其他喇叭。</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../widgets/first_run_guide.py" line="+147"/>
        <source>Do the camera, microphone and speakers work?</source>
        <translation>攝影機、麥克風和喇叭都正常嗎？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the picture, speak to see the meter move, and play the test sound.</source>
        <translation>看看畫面、對著麥克風說話看音量表有沒有跳動，再播放測試音。</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../../widgets/setup/devices_panel.py" line="+82"/>
        <location line="+1"/>
        <source>Camera</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation>重新偵測</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the devices again, after plugging one in</source>
        <translation>插上裝置後，重新尋找所有裝置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Camera picture</source>
        <translation>攝影機畫面</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microphone level</source>
        <translation>麥克風音量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record {seconds} seconds and play back</source>
        <translation>錄音 {seconds} 秒並播放</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>喇叭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a test sound</source>
        <translation>播放測試音</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test sound volume</source>
        <translation>測試音音量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume:</source>
        <translation>音量：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Camera {number}: {name}</source>
        <translation>攝影機 {number}：{name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera {number}</source>
        <translation>攝影機 {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Camera {number} (not found)</source>
        <translation>攝影機 {number}（找不到）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video file {name}</source>
        <translation>影片檔 {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>System default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (default)</source>
        <translation>{name}（預設）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (not found)</source>
        <translation>{name}（找不到）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Waiting for the camera…</source>
        <translation>等待攝影機畫面…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{width} × {height} at {fps} frames/s</source>
        <translation>{width} × {height}，每秒 {fps} 格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{width} × {height}</source>
        <translation>{width} × {height}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No picture</source>
        <translation>沒有畫面</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>silent</source>
        <translation>無聲</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{level} dB</source>
        <translation>{level} dB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Press the button, then speak: you will hear yourself after.</source>
        <translation>按下按鈕後請說話，錄完會播放給你聽。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording… speak now.</source>
        <translation>錄音中…請說話。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playing back what was recorded…</source>
        <translation>正在播放剛才的錄音…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done. If you did not hear yourself, check the microphone and the speakers.</source>
        <translation>完成。如果沒有聽到自己的聲音，請檢查麥克風和喇叭。</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <location filename="../../widgets/first_run_guide.py" line="+12"/>
        <source>Setting up O&amp;O Classroom</source>
        <translation>設定 O&amp;O 線上線下教室</translation>
    </message>
</context>
<context>
    <name>HandsPanel</name>
    <message>
        <location filename="../../widgets/live/hands_panel.py" line="+21"/>
        <location line="+3"/>
        <source>Raised hands</source>
        <translation>舉手名單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower</source>
        <translation>放下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the chosen hand, or the first one</source>
        <translation>放下選取的手，沒有選取時放下第一位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower all</source>
        <translation>全部放下</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No hands up</source>
        <translation>沒有人舉手</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <location filename="../../widgets/first_run_guide.py" line="-82"/>
        <source>Which hub does this PC use?</source>
        <translation>這台電腦要連哪一台中心伺服器？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school&apos;s IT staff know the hub&apos;s address, or have a settings file for it.</source>
        <translation>學校資訊組知道中心伺服器的位址，或有現成的設定檔。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the hub&apos;s address and this PC&apos;s token</source>
        <translation>輸入中心伺服器位址和這台電腦的授權碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub address</source>
        <translation>中心伺服器位址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token</source>
        <translation>授權碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hub address:</source>
        <translation>中心伺服器位址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token:</source>
        <translation>授權碼：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a settings file from the IT staff</source>
        <translation>使用資訊組提供的設定檔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Settings file</source>
        <translation>設定檔</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Later, on IT setup (lesson videos and quizzes on this PC work without a hub)</source>
        <translation>稍後再到「資訊組設定」設定（這台電腦上的課程影片和測驗不連中心伺服器也能使用）</translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../widgets/common/hub_status.py" line="+19"/>
        <source>Try again now</source>
        <translation>立即重試</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to reach the hub again now</source>
        <translation>立即重新連線到中心伺服器</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Connected to the hub at {url}. %n lesson(s) in the catalog.</source>
        <translation>
            <numerusform>已連上中心伺服器 {url}，目錄中共有 %n 堂課程。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the hub…</source>
        <translation>正在連線到中心伺服器…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline (last try {time}): {reason} Lessons and quizzes already on this PC still work.</source>
        <translation>離線中（上次嘗試 {time}）：{reason}已存在這台電腦上的課程和測驗仍可照常使用。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../widgets/teacher/quiz_import_report.py" line="+36"/>
        <source>Import of {file}</source>
        <translation>匯入「{file}」</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported</source>
        <translation>沒有匯入的題目</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n question(s) of {file} added to the quiz.</source>
        <translation>
            <numerusform>已從「{file}」加入 %n 題到測驗。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n question(s) could not be imported:</source>
        <translation>
            <numerusform>有 %n 題無法匯入：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported with a change: {note}</source>
        <translation>匯入時有所變更：{note}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question {number} ({name}), {kind}: {reason}</source>
        <translation>第 {number} 題（{name}），{kind}：{reason}</translation>
    </message>
</context>
<context>
    <name>JoinLesson</name>
    <message>
        <location filename="../../widgets/live/lesson_entry.py" line="-29"/>
        <source>Join with the code from the teacher</source>
        <translation>輸入老師給的課程代碼加入課程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lesson code</source>
        <translation>課程代碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>課程代碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the lesson</source>
        <translation>加入課程</translation>
    </message>
</context>
<context>
    <name>LessonForm</name>
    <message>
        <location filename="../../widgets/teacher/lesson_form.py" line="+43"/>
        <source>New lesson</source>
        <translation>新增課程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the lesson</source>
        <translation>修改課程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lesson&apos;s title</source>
        <translation>課程標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the lesson is about (optional)</source>
        <translation>課程內容簡介（可不填）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grade</source>
        <translation>年級</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file: the lesson has no video.</source>
        <translation>未選檔案：這堂課程沒有影片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video or a sound recording; the hub makes it into the lesson format</source>
        <translation>影片或錄音檔；中心伺服器會轉成課程影片的格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quiz</source>
        <translation>不附測驗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quiz (write it below, or Import… a file)</source>
        <translation>附測驗（在下方編寫，或用「匯入…」匯入檔案）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publish</source>
        <translation>發布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>科目：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade:</source>
        <translation>年級：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>簡介：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Video or sound:</source>
        <translation>影片或錄音：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quiz:</source>
        <translation>測驗：</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The lesson&apos;s quiz</source>
        <translation>這堂課程的測驗</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The lesson&apos;s video ({size}); choose a file to replace it.</source>
        <translation>目前的課程影片（{size}）；選擇檔案即可替換。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Videos and sound ({files})</source>
        <translation>影片與錄音（{files}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a video or sound file</source>
        <translation>選擇影片或錄音檔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read {file}: {error}.</source>
        <translation>無法讀取 {file}：{error}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} ({size})</source>
        <translation>{file}（{size}）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Write the lesson&apos;s title.</source>
        <translation>請填寫課程標題。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose or write the subject.</source>
        <translation>請選擇或填寫科目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quiz is not ready:</source>
        <translation>測驗還沒完成：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the quiz, or choose No quiz.</source>
        <translation>請完成測驗，或選擇「不附測驗」。</translation>
    </message>
</context>
<context>
    <name>LessonOver</name>
    <message>
        <location filename="../../widgets/live/lesson_over.py" line="+26"/>
        <location line="+21"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Could not join the lesson</source>
        <translation>無法加入課程</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The lesson is over</source>
        <translation>課程已結束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not start the lesson</source>
        <translation>無法開始課程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC left the lesson.</source>
        <translation>這台電腦已離開課程。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try another code</source>
        <translation>改用其他課程代碼</translation>
    </message>
</context>
<context>
    <name>LessonTable</name>
    <message>
        <location filename="../../widgets/common/lesson_table.py" line="+31"/>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
</context>
<context>
    <name>LessonTableModel</name>
    <message>
        <location filename="../../app/lesson_list.py" line="+29"/>
        <source>Lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>長度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download</source>
        <translation>下載大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz</source>
        <translation>測驗</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>On this PC</source>
        <translation>已在這台電腦</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No video</source>
        <translation>沒有影片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the hub</source>
        <translation>在中心伺服器上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading {percent}%</source>
        <translation>下載中 {percent}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: {reason}</source>
        <translation>失敗：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this PC, kept</source>
        <translation>已在這台電腦（保留）</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 題</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No quiz</source>
        <translation>沒有測驗</translation>
    </message>
</context>
<context>
    <name>LiveAction</name>
    <message>
        <location filename="../../widgets/live/sending.py" line="+47"/>
        <source>Not sent: the hub cannot be reached just now. Try again in a moment.</source>
        <translation>沒有送出：目前連不上中心伺服器，請稍後再試。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: this live lesson is over.</source>
        <translation>沒有送出：這堂直播課程已經結束了。</translation>
    </message>
</context>
<context>
    <name>LiveBanner</name>
    <message>
        <location filename="../../widgets/live/banner.py" line="+36"/>
        <source>Reconnecting to the hub… {reason} The lesson goes on by itself when the hub is back.</source>
        <translation>正在重新連線到中心伺服器…{reason}中心伺服器恢復後，課程會自動繼續。</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <location filename="../../widgets/live/live_page.py" line="+50"/>
        <source>Back to the live lesson</source>
        <translation>回到直播課程</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="+63"/>
        <location line="+7"/>
        <source>O&amp;O Classroom</source>
        <translation>O&amp;O 線上線下教室</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Classroom</source>
        <translation>教室</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teacher</source>
        <translation>老師</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IT setup</source>
        <translation>資訊組設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live lesson</source>
        <translation>直播課程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons for pupils on this PC</source>
        <translation>這台電腦上給學生的課程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons and quizzes for the teacher</source>
        <translation>給老師的課程與測驗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub connection, data and logs of this PC</source>
        <translation>這台電腦的中心伺服器連線、資料與記錄檔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teach or join a live lesson with other classrooms</source>
        <translation>和其他教室一起上直播課程：開課或加入</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lock</source>
        <translation>上鎖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the pupils&apos; screens; Teacher and IT setup ask for the PIN again</source>
        <translation>回到學生的畫面；再開啟老師和資訊組設定時要重新輸入 PIN 碼</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About O&amp;&amp;O Classroom</source>
        <translation>關於 O&amp;&amp;O 線上線下教室(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close O&amp;O Classroom?</source>
        <translation>要關閉 O&amp;O 線上線下教室嗎？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close O&amp;O Classroom now?</source>
        <translation>現在要關閉 O&amp;O 線上線下教室嗎？</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Teacher shows the quiz answers and results. Type the teacher&apos;s or IT staff&apos;s PIN to open it.</source>
        <translation>老師畫面會顯示測驗的正確答案和成績。請輸入老師或資訊組的 PIN 碼來開啟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IT setup changes this PC. Type the teacher&apos;s or IT staff&apos;s PIN to open it.</source>
        <translation>資訊組設定會更改這台電腦。請輸入老師或資訊組的 PIN 碼來開啟。</translation>
    </message>
</context>
<context>
    <name>MyLessonRows</name>
    <message>
        <location filename="../../app/my_lesson_rows.py" line="+24"/>
        <source>Lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>科目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>年級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>長度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any grade</source>
        <translation>不限年級</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade {grade}</source>
        <translation>{grade} 年級</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} is empty (0 bytes): it did not reach the hub. Upload it again.</source>
        <translation>{file} 是空的（0 位元組），沒有傳到中心伺服器。請再上傳一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a video or sound file. Choose a video (MP4, MOV, MKV, WebM, AVI, WMV, MPEG-TS) or a sound file (MP3, M4A).</source>
        <translation>{file} 不是影片或聲音檔。請選擇影片（MP4、MOV、MKV、WebM、AVI、WMV、MPEG-TS）或聲音檔（MP3、M4A）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hub cannot decode the pictures or sound of {file}. Save it again as MP4 from the program that made it, or choose another file.</source>
        <translation>中心伺服器無法解碼 {file} 的畫面或聲音。請用製作它的程式另存成 MP4，或選擇其他檔案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is damaged or cut short. Upload it again, or save it again from the program that made it.</source>
        <translation>{file} 已損壞或不完整。請再上傳一次，或用製作它的程式重新存檔。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+21"/>
        <source>Uploading {percent}%</source>
        <translation>上傳中 {percent}%</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Processing {percent}%</source>
        <translation>處理中 {percent}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: {reason}</source>
        <translation>失敗：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>已發布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpublished</source>
        <translation>已停止發布</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Publishing</source>
        <translation>發布中</translation>
    </message>
</context>
<context>
    <name>MyLessonsPage</name>
    <message>
        <location filename="../../widgets/teacher/my_lessons_page.py" line="+65"/>
        <source>My lessons</source>
        <translation>我的課程</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New lesson…</source>
        <translation>新增課程…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <location line="+4"/>
        <source>Unpublish</source>
        <translation>停止發布</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Publish again</source>
        <translation>重新發布</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Unpublish this lesson?</source>
        <translation>要停止發布這堂課程嗎？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classrooms stop seeing it at their next sync; answers already given stay.</source>
        <translation>各教室下次同步後就看不到這堂課程；已經交出的答案會保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it published</source>
        <translation>繼續發布</translation>
    </message>
</context>
<context>
    <name>NetworkCheckModel</name>
    <message>
        <location filename="../../app/network/lines.py" line="+20"/>
        <source>Check</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>數據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>建議</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../widgets/setup/network_panel.py" line="+49"/>
        <source>Network check</source>
        <translation>網路檢查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the network</source>
        <translation>檢查網路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub, download speed, live lesson connection, STUN, TURN and UDP</source>
        <translation>中心伺服器、下載速度、直播課程連線、STUN、TURN 與 UDP</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Network check results</source>
        <translation>網路檢查結果</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking… each line appears as soon as it is known.</source>
        <translation>檢查中…每一項有結果就會立刻顯示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked on this PC yet.</source>
        <translation>這台電腦還沒有做過網路檢查。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n 項檢查失敗</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing failed</source>
        <translation>沒有失敗的項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last check: {time}, {result}.</source>
        <translation>上次檢查：{time}，{result}。</translation>
    </message>
</context>
<context>
    <name>NetworkTable</name>
    <message>
        <location filename="../../app/network/command.py" line="+41"/>
        <source>Checked: {name}</source>
        <translation>已檢查：{name}</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n check(s) failed; the advice under each says what to do.</source>
        <translation>
            <numerusform>%n 項檢查失敗；每一項下方的建議會說明該怎麼處理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing failed; %n warning(s).</source>
        <translation>
            <numerusform>沒有失敗的項目；有 %n 項需要注意。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every check passed.</source>
        <translation>所有檢查都通過了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as {path} for the diagnostics file.</source>
        <translation>結果已存成 {path}，會一併放進診斷檔案。</translation>
    </message>
</context>
<context>
    <name>OwnPreview</name>
    <message>
        <location filename="../../widgets/live/own_preview.py" line="+47"/>
        <source>No camera picture</source>
        <translation>沒有攝影機畫面</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera stopped</source>
        <translation>攝影機已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting the camera…</source>
        <translation>正在開啟攝影機…</translation>
    </message>
</context>
<context>
    <name>PictureEdit</name>
    <message>
        <location filename="../../widgets/teacher/picture_edit.py" line="+32"/>
        <source>Choose a picture…</source>
        <translation>選擇圖片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PNG or JPEG picture shown with the question, at most 500 kB</source>
        <translation>和題目一起顯示的 PNG 或 JPEG 圖片，最大 500 kB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the picture</source>
        <translation>移除圖片</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Picture for the question</source>
        <translation>題目的圖片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../widgets/common/pin_dialog.py" line="+26"/>
        <source>Teacher or IT staff only</source>
        <translation>僅限老師或資訊組</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Teacher/IT PIN</source>
        <translation>老師／資訊組 PIN 碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Too many wrong PINs. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>PIN 碼錯誤太多次。請等 %n 秒後再試。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong PIN. Try again, or ask the teacher or the IT staff.</source>
        <translation>PIN 碼不對。請再試一次，或詢問老師或資訊組。</translation>
    </message>
</context>
<context>
    <name>PinEditor</name>
    <message>
        <location filename="../../widgets/setup/pin_editor.py" line="+19"/>
        <source>Teacher/IT PIN</source>
        <translation>老師／資訊組 PIN 碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set (type a new PIN to change it)</source>
        <translation>已設定（輸入新的 PIN 碼即可更換）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: anyone may open Teacher and IT setup</source>
        <translation>未設定：任何人都能開啟老師畫面和資訊組設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN again</source>
        <translation>再輸入一次 PIN 碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new PIN again</source>
        <translation>再輸入一次新的 PIN 碼</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The PIN needs at least {count} characters.</source>
        <translation>PIN 碼至少要 {count} 個字元。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs differ; type the same PIN in both boxes.</source>
        <translation>兩次輸入的 PIN 碼不一樣；請在兩個欄位輸入相同的 PIN 碼。</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../../widgets/student/player_page.py" line="+54"/>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the lessons</source>
        <translation>回到課程列表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lesson video</source>
        <translation>課程影片</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>10 s</source>
        <translation>10 秒</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Back 10 seconds</source>
        <translation>倒退 10 秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward 10 seconds</source>
        <translation>快轉 10 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position in the video</source>
        <translation>影片播放位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>Full screen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Play or pause ({key})</source>
        <translation>播放或暫停（{key}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 10 seconds ({key})</source>
        <translation>倒退 10 秒（{key}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward 10 seconds ({key})</source>
        <translation>快轉 10 秒（{key}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume ({up} louder, {down} softer)</source>
        <translation>音量（{up} 放大，{down} 調小）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen ({key}; {escape} leaves it)</source>
        <translation>全螢幕（{key}；按 {escape} 離開）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Leave full screen</source>
        <translation>離開全螢幕</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the video…</source>
        <translation>正在開啟影片…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Waiting for more of the video to download…</source>
        <translation>正在等待影片下載更多內容…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The end. Press Play to watch it again.</source>
        <translation>播放完畢。按「播放」可以再看一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This lesson has sound only: listen.</source>
        <translation>這堂課只有聲音，請仔細聽。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting for more of the video to download: {wait}…</source>
        <translation>正在等候影片下載更多內容：{wait}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{position} / {duration}</source>
        <translation>{position} / {duration}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This video has no sound.</source>
        <translation>這部影片沒有聲音。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>PupilAnswers</name>
    <message>
        <location filename="../../widgets/teacher/pupil_answers.py" line="+25"/>
        <source>Answers of {pupil}</source>
        <translation>{pupil}的答案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{pupil} ({classroom}): {right} of {total} right</source>
        <translation>{pupil}（{classroom}）：{total} 題中答對 {right} 題</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each question with the pupil&apos;s answer and the right one</source>
        <translation>每一題的學生答案與正確答案</translation>
    </message>
</context>
<context>
    <name>PupilPicker</name>
    <message>
        <location filename="../../widgets/student/pupil_picker.py" line="+28"/>
        <source>Not in the list? Type your name</source>
        <translation>名單裡沒有你？請輸入你的名字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the lessons</source>
        <translation>回到課程列表</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The whole class</source>
        <translation>全班一起看</translation>
    </message>
</context>
<context>
    <name>PupilResultsModel</name>
    <message>
        <location filename="../../app/result_tables.py" line="-40"/>
        <source>Classroom</source>
        <translation>教室</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pupil</source>
        <translation>學生</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>答對</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived</source>
        <translation>送達時間</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
</context>
<context>
    <name>QualityChoice</name>
    <message>
        <location filename="../../widgets/live/quality_choice.py" line="+20"/>
        <source>Quality: automatic</source>
        <translation>畫質：自動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality: good (640×480)</source>
        <translation>畫質：良好（640×480）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality: fair (320×240)</source>
        <translation>畫質：普通（320×240）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality: poor (320×240, 7 frames/s)</source>
        <translation>畫質：不佳（320×240，每秒 7 格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound only</source>
        <translation>只傳聲音</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What this PC sends on this link; automatic follows the link&apos;s loss and delay</source>
        <translation>這台電腦在這條連線上傳送的畫質；「自動」會依連線的遺失率和延遲調整</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../../widgets/teacher/question_form.py" line="+33"/>
        <source>Kind of question</source>
        <translation>題型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The question</source>
        <translation>題目</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind:</source>
        <translation>題型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question:</source>
        <translation>題目：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture:</source>
        <translation>圖片：</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../widgets/student/question_view.py" line="+70"/>
        <source>Question {number} of {total}</source>
        <translation>第 {number} 題，共 {total} 題</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time left {time}</source>
        <translation>剩餘時間 {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>True</source>
        <translation>對</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>錯</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Leave the quiz</source>
        <translation>離開測驗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers so far are kept; you can come back (Esc)</source>
        <translation>已經作答的答案都會保留，之後可以回來繼續（Esc）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a number</source>
        <translation>請輸入數字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your answer</source>
        <translation>請輸入你的答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK (Enter)</source>
        <translation>確定（Enter）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type an answer first.</source>
        <translation>請先輸入答案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a number, for example 12 or 3.5.</source>
        <translation>請輸入數字，例如 12 或 3.5。</translation>
    </message>
</context>
<context>
    <name>QuizEditor</name>
    <message>
        <location filename="../../widgets/teacher/quiz_editor.py" line="+62"/>
        <source>The quiz&apos;s title</source>
        <translation>測驗的標題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questions</source>
        <translation>題目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a question</source>
        <translation>新增題目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new question after the chosen one (Ctrl+N)</source>
        <translation>在選取的題目後面新增一題（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen question (Delete in the list)</source>
        <translation>移除選取的題目（在清單中按 Delete）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen question up (Ctrl+Up)</source>
        <translation>把選取的題目往上移（Ctrl+Up）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen question down (Ctrl+Down)</source>
        <translation>把選取的題目往下移（Ctrl+Down）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the questions of a GIFT, Aiken or Moodle XML file</source>
        <translation>加入 GIFT、Aiken 或 Moodle XML 檔案裡的題目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the quiz as a pupil sees it; the answers are not kept</source>
        <translation>用學生看到的畫面作答這份測驗；答案不會保存</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Title:</source>
        <translation>標題：</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(no text yet)</source>
        <translation>（還沒有文字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}. {text} · {kind}</source>
        <translation>{number}. {text} · {kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ {question} · needs work</source>
        <translation>⚠ {question} · 還沒完成</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The quiz cannot be previewed yet:</source>
        <translation>這份測驗還不能預覽：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import questions</source>
        <translation>匯入題目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiz files (*.gift *.txt *.xml)</source>
        <translation>測驗檔案 (*.gift *.txt *.xml)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>QuizFileWindow</name>
    <message>
        <location filename="../../widgets/teacher/quiz_file_window.py" line="+25"/>
        <location line="+51"/>
        <source>Quiz editor</source>
        <translation>測驗編輯器</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>New quiz</source>
        <translation>新增測驗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a quiz saved before (Ctrl+O)</source>
        <translation>開啟之前儲存的測驗（Ctrl+O）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>儲存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the quiz as a file (Ctrl+S)</source>
        <translation>把測驗存成檔案（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Drop the changes to this quiz?</source>
        <translation>放棄對這份測驗的修改？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They are not saved. To keep them, choose Keep editing, then save the quiz.</source>
        <translation>修改還沒有儲存。要保留的話，請選「繼續編輯」，再儲存測驗。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the changes</source>
        <translation>放棄修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>繼續編輯</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>O&amp;O quizzes (*.json)</source>
        <translation>O&amp;O 測驗 (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a quiz</source>
        <translation>開啟測驗</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>The quiz cannot be saved yet:</source>
        <translation>這份測驗還不能儲存：</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save the quiz</source>
        <translation>儲存測驗</translation>
    </message>
</context>
<context>
    <name>QuizLanguages</name>
    <message>
        <location filename="../../widgets/teacher/quiz_languages.py" line="+29"/>
        <source>Written in</source>
        <translation>撰寫語言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second language</source>
        <translation>第二種語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts may carry the same words in a second language; pupils see both</source>
        <translation>每段文字可以附上第二種語言的同樣內容；學生會看到兩種</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written in:</source>
        <translation>撰寫語言：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second language:</source>
        <translation>第二種語言：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../widgets/student/quiz_page.py" line="+42"/>
        <source>Continue</source>
        <translation>繼續作答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not me</source>
        <translation>這不是我</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Who is taking the quiz “{title}”? Choose your name.</source>
        <translation>誰要做「{title}」測驗？請點選你的名字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is taking the quiz “{title}”? Type your name below.</source>
        <translation>誰要做「{title}」測驗？請在下方輸入你的名字。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{pupil}, you started “{title}” before and answered {answered} of {total} questions. Continue where you stopped?</source>
        <translation>{pupil}，你之前已經開始做「{title}」，答了 {total} 題中的 {answered} 題。要從上次停下的地方繼續嗎？</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Your answers so far are kept. To go on later, open this quiz again and choose your name.</source>
        <translation>已經作答的答案都會保留。之後要繼續，請再打開這個測驗，選你的名字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time limit keeps running while you are away.</source>
        <translation>離開的時候，作答時間還是會繼續計算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the quiz?</source>
        <translation>要離開測驗嗎？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the quiz now?</source>
        <translation>現在要離開測驗嗎？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the quiz</source>
        <translation>離開測驗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going</source>
        <translation>繼續作答</translation>
    </message>
</context>
<context>
    <name>QuizPreview</name>
    <message>
        <location filename="../../widgets/teacher/quiz_preview.py" line="+24"/>
        <source>Preview: {title}</source>
        <translation>預覽：{title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pupil</source>
        <translation>學生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is how pupils see the quiz. What you answer here is not kept.</source>
        <translation>這是學生看到的測驗。你在這裡作答的內容不會保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the preview</source>
        <translation>關閉預覽</translation>
    </message>
</context>
<context>
    <name>QuizPush</name>
    <message>
        <location filename="../../widgets/live/quiz_push.py" line="+20"/>
        <source>Pop-up quiz</source>
        <translation>隨堂測驗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiz to push</source>
        <translation>要發送的測驗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push</source>
        <translation>發送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every classroom gets this quiz to answer now</source>
        <translation>每間教室都會立刻收到這份測驗來作答</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not pushed: the hub cannot be reached just now. Try again in a moment.</source>
        <translation>沒有發送：目前連不上中心伺服器，請稍後再試。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>“{title}”: %n answer(s) so far</source>
        <translation>
            <numerusform>「{title}」：目前收到 %n 個答案</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizSummary</name>
    <message>
        <location filename="../../widgets/student/quiz_summary.py" line="+38"/>
        <source>Back to the lessons</source>
        <translation>回到課程列表</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{text}”</source>
        <translation>「{text}」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>True</source>
        <translation>對</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>錯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing chosen</source>
        <translation>沒有選任何選項</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>– Not answered: the time ran out.</source>
        <translation>– 未作答：時間到了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer: {answer}</source>
        <translation>你的答案：{answer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✔ Right. Your answer: {answer}</source>
        <translation>✔ 答對了。你的答案：{answer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✘ Not right. Your answer: {answer}</source>
        <translation>✘ 還不對。你的答案：{answer}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Right answers: {answers}</source>
        <translation>正確答案：{answers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right answer: {answer}</source>
        <translation>正確答案：{answer}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank you, {pupil}! Your answers are saved.</source>
        <translation>謝謝你，{pupil}！你的答案都存好了。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Well done, {pupil}! You got all %n question(s) right.</source>
        <translation>
            <numerusform>做得好，{pupil}！%n 題全部答對。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{pupil}, you got none of the %n question(s) right this time.</source>
        <translation>
            <numerusform>{pupil}，這次 %n 題都還沒答對。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Good work, {pupil}! You got {right} of %n question(s) right.</source>
        <translation>
            <numerusform>很不錯，{pupil}！%n 題中答對 {right} 題。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Keep going, {pupil}! You got {right} of %n question(s) right.</source>
        <translation>
            <numerusform>繼續加油，{pupil}！%n 題中答對 {right} 題。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The right answers are below: look at them again.</source>
        <translation>下面有正確答案，再看一次吧。</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../widgets/teacher/results_view.py" line="+52"/>
        <source>Results per pupil</source>
        <translation>每位學生的成績</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results per question</source>
        <translation>每一題的作答情形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the latest results from the hub (F5)</source>
        <translation>從中心伺服器取得最新成績（F5）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show answers</source>
        <translation>查看答案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each question with the chosen pupil&apos;s answer and the right one (or double-click the pupil)</source>
        <translation>所選學生每一題的答案與正確答案（也可以在學生上按兩下）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to CSV…</source>
        <translation>匯出成 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every answer as a spreadsheet file that Excel opens</source>
        <translation>把所有作答存成 Excel 可以開啟的試算表檔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Per question</source>
        <translation>各題統計</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching results from the hub…</source>
        <translation>正在從中心伺服器取得成績…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a lesson to see its quiz results.</source>
        <translation>請選擇一堂課程來查看測驗成績。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>“{title}”: {answered} of %n pupil(s) answered.</source>
        <translation>
            <numerusform>「{title}」：%n 位學生中 {answered} 位已作答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Answers from %n version(s) of this quiz: each is judged against the version its pupil was given.</source>
        <translation>
            <numerusform>本測驗的作答來自 %n 個版本：每個答案都依照學生當時作答的版本批改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{answered} {versions}</source>
        <translation>{answered}{versions}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {version} of the quiz</source>
        <translation>測驗第 {version} 版</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>True</source>
        <translation>對</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>錯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{answer}: {count}</source>
        <translation>{answer}：{count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number}. {text}
    {right} of {answered} right · {chosen}</source>
        <translation>{number}. {text}
    {answered} 人中 {right} 人答對 · {chosen}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Export results</source>
        <translation>匯出成績</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <location filename="../../widgets/student/resume_offer.py" line="+20"/>
        <source>Continue from {time}?</source>
        <translation>要從 {time} 繼續看嗎？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>繼續觀看</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue from {time}</source>
        <translation>從 {time} 繼續</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over</source>
        <translation>從頭開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the video from the beginning</source>
        <translation>從影片的開頭播放</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../widgets/first_run_guide.py" line="-50"/>
        <source>What is this PC for?</source>
        <translation>這台電腦給誰使用？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A classroom&apos;s PC</source>
        <translation>教室的電腦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pupils watch lesson videos, take quizzes and join live lessons.</source>
        <translation>學生用來觀看課程影片、做測驗和參加直播課程。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A teacher&apos;s PC</source>
        <translation>老師的電腦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The teacher teaches live lessons to other schools and reads quiz results.</source>
        <translation>老師用來為其他學校上直播課程，並查看測驗結果。</translation>
    </message>
</context>
<context>
    <name>SetAsideModel</name>
    <message>
        <location filename="../../app/result_tables.py" line="+62"/>
        <source>Pupil</source>
        <translation>學生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz</source>
        <translation>測驗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>題目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the hub refused it</source>
        <translation>中心伺服器拒收的原因</translation>
    </message>
</context>
<context>
    <name>SetAsideView</name>
    <message>
        <location filename="../../widgets/setup/set_aside_view.py" line="+35"/>
        <source>The hub would not take these answers, so they are no longer sent; every other answer still is. They stay on this PC. Export them for the teacher, and tell the hub&apos;s administrator the reason.</source>
        <translation>中心伺服器不接受這些答案，所以不會再傳送；其他答案照常傳送。這些答案仍保留在這台電腦上。請匯出給老師，並把原因告訴中心伺服器的管理員。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Answers the hub refused</source>
        <translation>中心伺服器拒收的答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to CSV…</source>
        <translation>匯出成 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these answers as a spreadsheet file that Excel opens</source>
        <translation>把這些答案存成 Excel 可以開啟的試算表檔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export the refused answers</source>
        <translation>匯出被拒收的答案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../widgets/setup/settings_form.py" line="+48"/>
        <source>The hub this PC talks to, from the school&apos;s IT staff</source>
        <translation>這台電腦連線的中心伺服器，請向學校資訊組索取位址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For live lessons; several are separated by commas</source>
        <translation>用於直播課程；多個伺服器請用逗號分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the hub and video downloads; empty for none</source>
        <translation>用於連線中心伺服器與下載影片；不使用請留空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example 800 kbit/s: live lessons send no more to each link; 0 for no limit</source>
        <translation>例如 800 kbit/s：直播課程傳給每個連線的資料不會超過這個速度；0 表示不限制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example 2 Mbit/s, so downloads leave room for live lessons; 0 for no limit</source>
        <translation>例如 2 Mbit/s，讓下載時仍保留頻寬給直播課程；0 表示不限制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example 18:00-07:00 to download overnight; empty for any time</source>
        <translation>例如 18:00-07:00 表示在夜間下載；留空表示隨時都可下載</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much disk the lesson videos may use, for example 20 GB</source>
        <translation>課程影片最多可使用的磁碟空間，例如 20 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes without a key press or mouse move, after which Teacher and IT setup ask again</source>
        <translation>沒有人按鍵或移動滑鼠超過這麼多分鐘後，老師畫面和資訊組設定會再要求輸入 PIN 碼</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Hub</source>
        <translation>中心伺服器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{saved} (type a new token to replace it)</source>
        <translation>{saved}（輸入新的授權碼即可取代）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paste the token from `oo-hub token`</source>
        <translation>貼上 `oo-hub token` 產生的授權碼</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The demo uses its own hub on this PC</source>
        <translation>示範模式使用這台電腦上內建的中心伺服器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson videos</source>
        <translation>課程影片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screens</source>
        <translation>畫面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s language</source>
        <translation>跟隨系統語言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A classroom (opens on the lessons)</source>
        <translation>教室（開啟時顯示課程）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A teacher (opens on the teacher&apos;s screen)</source>
        <translation>老師（開啟時顯示老師畫面）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Teacher/IT lock</source>
        <translation>老師／資訊組鎖定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On a classroom PC with a PIN, Teacher (quiz answers) and IT setup ask for it, and so does removing a video. Without a PIN anyone at this PC may open them. A teacher&apos;s PC never asks.</source>
        <translation>教室的電腦設了 PIN 碼後，開啟老師畫面（有測驗答案）和資訊組設定、移除影片時都要輸入 PIN 碼。沒有設 PIN 碼時，任何人都能在這台電腦上開啟它們。老師的電腦不會要求 PIN 碼。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep these settings on this PC ({key})</source>
        <translation>把這些設定儲存在這台電腦（{key}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+114"/>
        <source>Use the provisioned settings</source>
        <translation>改回統一派送的設定</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Forget every setting changed on this PC</source>
        <translation>清除在這台電腦上改過的所有設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>* changed on this PC; kept in {path}, never in the provisioned file.</source>
        <translation>* 表示在這台電腦上改過的設定；儲存在 {path}，不會寫入統一派送的設定檔。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{title} *:</source>
        <translation>{title} *：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{title}:</source>
        <translation>{title}：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was changed.</source>
        <translation>沒有任何變更。</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+11"/>
        <source>Not saved; fix these and save again:
{problems}</source>
        <translation>尚未儲存；請修正以下問題後再儲存一次：
{problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved on this PC. Restart O&amp;O Classroom to use the new settings.</source>
        <translation>已儲存在這台電腦。請重新啟動 O&amp;O 線上線下教室以套用新設定。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This PC&apos;s own settings are removed. Restart O&amp;O Classroom to use the provisioned ones.</source>
        <translation>已清除這台電腦自己的設定。請重新啟動 O&amp;O 線上線下教室以改用統一派送的設定。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forget every setting changed on this PC, including a token typed here?</source>
        <translation>要清除在這台電腦上改過的所有設定嗎？在這裡輸入的授權碼也會一併清除。</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../widgets/setup/setup_page.py" line="+51"/>
        <source>IT setup</source>
        <translation>資訊組設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hub</source>
        <translation>中心伺服器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>位址：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>not set</source>
        <translation>尚未設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Token:</source>
        <translation>授權碼：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection:</source>
        <translation>連線狀態：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the hub now</source>
        <translation>立即檢查中心伺服器連線</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>This PC</source>
        <translation>這台電腦</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>none (built-in defaults)</source>
        <translation>無（使用內建預設值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config file:</source>
        <translation>設定檔：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC&apos;s settings:</source>
        <translation>這台電腦的設定：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teacher/IT lock:</source>
        <translation>老師／資訊組鎖定：</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>off: a teacher&apos;s PC never asks for the PIN</source>
        <translation>關閉：老師的電腦不會要求 PIN 碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off: no PIN is set, so anyone at this PC may open Teacher and IT setup</source>
        <translation>關閉：沒有設定 PIN 碼，任何人都能在這台電腦上開啟老師畫面和資訊組設定</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>on: Teacher, IT setup and removing a video ask for the PIN; locks again after %n idle minute(s)</source>
        <translation>
            <numerusform>開啟：老師畫面、資訊組設定和移除影片都要輸入 PIN 碼；閒置 %n 分鐘後再上鎖</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none changed on this PC</source>
        <translation>這台電腦沒有改過任何設定</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Data folder:</source>
        <translation>資料夾：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video storage limit:</source>
        <translation>影片儲存空間上限：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log file:</source>
        <translation>記錄檔：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz answers:</source>
        <translation>測驗答案：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a diagnostics file…</source>
        <translation>儲存診斷檔案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A zip for the IT staff: logs, settings without secrets, devices, versions</source>
        <translation>給資訊組的壓縮檔：記錄檔、不含密碼的設定、裝置與版本資訊</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Saved {path}; send it to the IT staff.</source>
        <translation>已儲存 {path}，請把它寄給資訊組。</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The devices chosen here are kept on this PC; videos and live lessons use them from the next start.</source>
        <translation>在這裡選擇的裝置會儲存在這台電腦；影片播放和直播課程會在下次啟動時改用這些裝置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices</source>
        <translation>裝置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network check</source>
        <translation>網路檢查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused answers</source>
        <translation>被拒收的答案</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>reachable</source>
        <translation>連線正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking…</source>
        <translation>檢查中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The devices chosen could not be kept: {error}</source>
        <translation>無法儲存選擇的裝置：{error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save {path}: {error}</source>
        <translation>無法儲存 {path}：{error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a diagnostics file</source>
        <translation>儲存診斷檔案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation>壓縮檔 (*.zip)</translation>
    </message>
</context>
<context>
    <name>StartLesson</name>
    <message>
        <location filename="../../widgets/live/lesson_entry.py" line="-38"/>
        <source>Start a live lesson</source>
        <translation>開始直播課程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The classrooms join with the lesson&apos;s code. Type a code of your own, or leave it empty for a new one.</source>
        <translation>各教室用課程代碼加入。可以自己輸入課程代碼，或留白由系統產生新的課程代碼。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson code (optional)</source>
        <translation>課程代碼（可不填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New code</source>
        <translation>新代碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code (optional):</source>
        <translation>課程代碼（可不填）(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the lesson</source>
        <translation>開始上課</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <location filename="../../app/sync_command.py" line="+31"/>
        <source>catalog</source>
        <translation>課程目錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog: {problem}</source>
        <translation>課程目錄：{problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Catalog: %n lesson(s).</source>
        <translation>
            <numerusform>課程目錄：%n 堂課程。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading videos (MB)</source>
        <translation>正在下載影片（MB）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Videos: %n on this PC.</source>
        <translation>
            <numerusform>影片：這台電腦上有 %n 部。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>videos</source>
        <translation>影片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{video}: {reason}</source>
        <translation>{video}：{reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Videos: {ready} on this PC, %n not: {problems}</source>
        <translation>
            <numerusform>影片：這台電腦上有 {ready} 部，另有 %n 部沒有下載：{problems}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending answers</source>
        <translation>正在傳送答案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answers</source>
        <translation>答案</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Answers: {sent} sent, %n waiting: {problem}</source>
        <translation>
            <numerusform>答案：已傳送 {sent} 個，還有 %n 個等待中：{problem}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Answers: %n sent, none waiting.</source>
        <translation>
            <numerusform>答案：已傳送 %n 個，沒有等待中的答案。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>progress</source>
        <translation>學習進度</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Progress: %n report(s) waiting: {problem}</source>
        <translation>
            <numerusform>學習進度：還有 %n 筆等待傳送：{problem}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not everything was done ({steps}); run it again when the link is up.</source>
        <translation>有些工作沒有完成（{steps}）；請在網路恢復後再執行一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything is up to date.</source>
        <translation>全部都是最新的。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>O&amp;O Classroom is open on this PC and keeps it up to date itself; nothing was done.</source>
        <translation>O&amp;O 線上線下教室正在這台電腦上執行，會自動保持資料同步；這次沒有做任何事。</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../widgets/common/sync_status.py" line="+27"/>
        <source>Every answer has reached the hub.</source>
        <translation>所有答案都已送達中心伺服器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every other answer has reached the hub.</source>
        <translation>其他答案都已送達中心伺服器。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n answer(s) waiting to be sent.</source>
        <translation>
            <numerusform>有 %n 個答案等待傳送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last try {time}: {problem}</source>
        <translation>上次嘗試 {time}：{problem}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n answer(s) the hub refused are kept on this PC; IT setup lists them with the reason.</source>
        <translation>
            <numerusform>有 %n 個答案被中心伺服器拒收，仍保留在這台電腦上；「資訊組設定」裡列出了原因。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeacherLive</name>
    <message>
        <location filename="../../widgets/live/teacher_live.py" line="+46"/>
        <source>End lesson</source>
        <translation>結束課程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the lesson for every classroom</source>
        <translation>為所有教室結束這堂課</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your camera, as the classrooms see it</source>
        <translation>你的攝影機（各教室看到的畫面）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Code: {code}</source>
        <translation>課程代碼：{code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson code {code}</source>
        <translation>課程代碼 {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the lesson…</source>
        <translation>正在開始課程…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live: the classrooms join with this code.</source>
        <translation>直播中：各教室用這個課程代碼加入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>重新連線中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End the lesson?</source>
        <translation>要結束課程嗎？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the lesson for every classroom now?</source>
        <translation>現在要為所有教室結束這堂課嗎？</translation>
    </message>
</context>
<context>
    <name>TeacherPage</name>
    <message>
        <location filename="../../widgets/teacher/teacher_page.py" line="+32"/>
        <location line="+45"/>
        <source>Lessons and quizzes</source>
        <translation>課程與測驗</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Quiz questions</source>
        <translation>測驗題目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New quiz…</source>
        <translation>新增測驗…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a quiz in the quiz editor, or import one, and save it as a file</source>
        <translation>在測驗編輯器裡出題或匯入題目，存成檔案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit a copy of this quiz…</source>
        <translation>編輯這份測驗的副本…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this lesson&apos;s quiz in the quiz editor to save a changed copy</source>
        <translation>在測驗編輯器裡開啟這個課程的測驗，修改後另存成副本</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quiz</source>
        <translation>測驗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>成績</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>My lessons</source>
        <translation>我的課程</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Choose a lesson to see its quiz.</source>
        <translation>請選擇一堂課程來查看它的測驗。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quiz: {title}</source>
        <translation>測驗：{title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number}. {text}
    {kind} · answer: {answer}</source>
        <translation>{number}. {text}
    {kind} · 答案：{answer}</translation>
    </message>
</context>
<context>
    <name>TurnEditor</name>
    <message>
        <location filename="../../widgets/setup/turn_editor.py" line="+32"/>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a TURN server</source>
        <translation>新增 TURN 伺服器</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TURN server address</source>
        <translation>TURN 伺服器位址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TURN user name</source>
        <translation>TURN 使用者名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TURN password</source>
        <translation>TURN 密碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the saved password</source>
        <translation>留空表示沿用已儲存的密碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this TURN server</source>
        <translation>移除這個 TURN 伺服器</translation>
    </message>
</context>
<context>
    <name>answer</name>
    <message>
        <location filename="../../app/answer_words.py" line="+22"/>
        <source>True</source>
        <translation>對</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>錯</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <location filename="../../app/attendance_export.py" line="+24"/>
        <source>teacher</source>
        <translation>老師</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>classroom</source>
        <translation>教室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>身分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined at (UTC)</source>
        <translation>加入時間（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left at (UTC)</source>
        <translation>離開時間（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson code</source>
        <translation>課程代碼</translation>
    </message>
</context>
<context>
    <name>cache</name>
    <message>
        <location filename="../../media/cache.py" line="+87"/>
        <source>The disk holding the video cache ({path}) is full. Nothing was damaged; free some space, or ask IT staff to lower [storage] quota.</source>
        <translation>存放影片的磁碟（{path}）已滿。沒有任何資料損壞；請清出一些空間，或請資訊組調低 [storage] quota。</translation>
    </message>
    <message>
        <location filename="../../media/cache_reader.py" line="+71"/>
        <source>The video {id} was changed or removed while it was open; open it again.</source>
        <translation>影片 {id} 在播放時被更新或移除了，請重新開啟。</translation>
    </message>
    <message>
        <location filename="../../media/downloader.py" line="+162"/>
        <source>Videos download only between {window}; the rest download then.</source>
        <translation>影片只在 {window} 之間下載；其餘的影片會在那時下載。</translation>
    </message>
    <message>
        <location filename="../../media/retry.py" line="+36"/>
        <source>{error} This happened {tries} times in a row with this video alone, so the other videos download first; it is tried again at the next sync.</source>
        <translation>{error} 這部影片已連續 {tries} 次發生這種情況，所以先下載其他影片；下次同步時會再試一次。</translation>
    </message>
    <message>
        <location filename="../../media/video_state.py" line="+12"/>
        <source>The hub kept sending data that does not match the catalog ({tries} tries): the video may have changed on the hub, or the link damages data. It is tried again at the next sync.</source>
        <translation>中心伺服器傳來的資料一直和課程目錄不符（試了 {tries} 次）：可能是中心伺服器上的影片更新了，或網路線路損壞了資料。下次同步時會再試一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The downloaded video did not match its checksum and was deleted; it downloads again at the next sync.</source>
        <translation>下載的影片與檢查碼不符，已經刪除；下次同步時會重新下載。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No room for this video ({size}) within the video storage limit ({quota}): videos that stay (pinned, playing or just downloaded) use {kept}. Unpin or remove lessons, or ask IT staff to raise [storage] quota.</source>
        <translation>影片儲存空間上限（{quota}）內放不下這部影片（{size}）：必須保留的影片（保留中、播放中或剛下載的）已用掉 {kept}。請取消保留或移除一些課程，或請資訊組調高 [storage] quota。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The hub does not have this video&apos;s file. It is tried again at the next sync; if it stays missing, tell the hub&apos;s administrator.</source>
        <translation>中心伺服器上找不到這部影片的檔案。下次同步時會再試一次；如果一直找不到，請通知中心伺服器的管理員。</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <location filename="../../media/camera.py" line="+164"/>
        <source>No camera found (camera {number} cannot be opened). Plug in a USB camera and press Look again, or choose another camera.</source>
        <translation>找不到攝影機（無法開啟攝影機 {number}）。請插上 USB 攝影機後按「重新偵測」，或選擇其他攝影機。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The camera stopped sending pictures; it may have been unplugged. Check its cable, then press Look again.</source>
        <translation>攝影機沒有畫面了，可能被拔掉了。請檢查連接線，再按「重新偵測」。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The video file {path} cannot be played as a camera: it is missing or not a video. Check the file, or choose a camera.</source>
        <translation>無法把影片檔 {path} 當作攝影機播放：檔案不存在或不是影片。請檢查檔案，或選擇一台攝影機。</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <location filename="../../app/config_values.py" line="+39"/>
        <source>expected text in quotes</source>
        <translation>應為加上引號的文字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an address like &quot;http://hub.school.example:8750&quot;</source>
        <translation>應為像 &quot;http://hub.school.example:8750&quot; 這樣的位址</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a size like &quot;20 GB&quot; or &quot;500 MB&quot;, or a number of bytes</source>
        <translation>應為像 &quot;20 GB&quot; 或 &quot;500 MB&quot; 的大小，或以位元組為單位的數字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a rate like &quot;2 Mbit/s&quot; or &quot;500 kbit/s&quot;, or 0 for no cap</source>
        <translation>應為像 &quot;2 Mbit/s&quot; 或 &quot;500 kbit/s&quot; 的速率，或填 0 表示不限速</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a time window like &quot;18:00-07:00&quot;, or &quot;&quot; for any time</source>
        <translation>應為像 &quot;18:00-07:00&quot; 的時段，或填 &quot;&quot; 表示不限時段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &quot;en&quot;, &quot;zh_TW&quot;, or &quot;&quot; for the system language</source>
        <translation>應為 &quot;en&quot;、&quot;zh_TW&quot;，或填 &quot;&quot; 表示跟隨系統語言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &quot;classroom&quot; or &quot;teacher&quot;</source>
        <translation>應為 &quot;classroom&quot; 或 &quot;teacher&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected &quot;&quot; (no PIN) or the line `oo-classroom config pin` prints, like pin_hash = &quot;pbkdf2_sha256$600000$…&quot;; never the PIN itself</source>
        <translation>應為 &quot;&quot;（不設 PIN 碼），或 `oo-classroom config pin` 印出的那一行，例如 pin_hash = &quot;pbkdf2_sha256$600000$…&quot;；不可以直接寫 PIN 碼</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a whole number of minutes, 1 or more, like 3</source>
        <translation>應為 1 以上的整數分鐘數，例如 3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a list like [&quot;stun:stun.school.example:3478&quot;]</source>
        <translation>應為像 [&quot;stun:stun.school.example:3478&quot;] 的清單</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a list of {url = &quot;turn:host:3478&quot;, username = &quot;...&quot;, password = &quot;...&quot;}</source>
        <translation>應為 {url = &quot;turn:host:3478&quot;, username = &quot;...&quot;, password = &quot;...&quot;} 格式的清單</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a camera number (0 for the first camera) or a video file path</source>
        <translation>應為攝影機編號（第一台攝影機為 0）或影片檔路徑</translation>
    </message>
    <message>
        <location filename="../../app/config.py" line="+51"/>
        <source>Hub address</source>
        <translation>中心伺服器位址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolment token</source>
        <translation>授權碼</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>STUN servers</source>
        <translation>STUN 伺服器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TURN servers</source>
        <translation>TURN 伺服器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP proxy</source>
        <translation>HTTP 代理伺服器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live lesson speed limit</source>
        <translation>直播課程速度上限</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Video storage limit</source>
        <translation>影片儲存空間上限</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Download speed limit</source>
        <translation>下載速度上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download hours</source>
        <translation>下載時段</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This PC is for</source>
        <translation>這台電腦的用途</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teacher/IT PIN</source>
        <translation>老師／資訊組 PIN 碼</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock again after (minutes)</source>
        <translation>閒置多久後再上鎖（分鐘）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Camera</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers</source>
        <translation>喇叭</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../app/settings.py" line="+105"/>
        <source>[{section}] {key}: {problem}</source>
        <translation>[{section}] {key}：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[{section}]: {problem}</source>
        <translation>[{section}]：{problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}, {line}: {problem}</source>
        <translation>{path}，{line}：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}, {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the config file {path}: {error}</source>
        <translation>無法讀取設定檔 {path}：{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: this is not valid TOML: {error}. Fix that line; text values need quotes, like url = &quot;http://hub:8750&quot;.</source>
        <translation>{path}：不是有效的 TOML 格式：{error}。請修正該行；文字值需要加上引號，例如 url = &quot;http://hub:8750&quot;。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} (found {value!r})</source>
        <translation>{problem}（目前填的是 {value!r}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown section; did you mean {hint}?</source>
        <translation>不認得的區段；是不是要寫 {hint}？</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>unknown section; known sections: {names}</source>
        <translation>不認得的區段；可用的區段有：{names}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>unknown key; did you mean {hint}?</source>
        <translation>不認得的設定項目；是不是要寫 {hint}？</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>unknown key; known keys: {names}</source>
        <translation>不認得的設定項目；可用的設定項目有：{names}</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>expected a section [{name}] with keys under it</source>
        <translation>應為 [{name}] 區段，並在下方列出設定項目</translation>
    </message>
    <message>
        <location filename="../../app/config_command.py" line="+32"/>
        <source>{path}: no mistakes found.</source>
        <translation>{path}：沒有發現錯誤。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Teacher/IT PIN (at least {count} characters; not shown): </source>
        <translation>老師／資訊組 PIN 碼（至少 {count} 個字元，輸入時不會顯示）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same PIN again: </source>
        <translation>再輸入一次相同的 PIN 碼：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No PIN was made.</source>
        <translation>沒有建立 PIN 碼。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN needs at least {count} characters; no PIN was made.</source>
        <translation>PIN 碼至少要 {count} 個字元；沒有建立 PIN 碼。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two PINs differ; no PIN was made. Try again.</source>
        <translation>兩次輸入的 PIN 碼不一樣；沒有建立 PIN 碼。請再試一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put this line under [ui] in the settings file (it holds no PIN, only a salted hash):</source>
        <translation>把下面這一行放到設定檔的 [ui] 段落下（裡面沒有 PIN 碼，只有加鹽的雜湊值）：</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../media/database.py" line="+34"/>
        <source>Cannot open {path}: {error}. Check that the data folder exists, is writable and the disk is not full, or set another [storage] data_dir.</source>
        <translation>無法開啟 {path}：{error}。請確認資料夾存在、可以寫入，而且磁碟沒有滿；或在 [storage] data_dir 設定其他資料夾。</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../app/demo_names.py" line="+16"/>
        <source>Demo classroom</source>
        <translation>示範教室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo teacher</source>
        <translation>示範老師</translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <location filename="../../media/chime.py" line="+49"/>
        <source>The speakers {name} cannot be used ({error}). Check that speakers or headphones are plugged in and turned on, then press Look again, or choose others.</source>
        <translation>無法使用喇叭 {name}（{error}）。請確認喇叭或耳機已經插好並打開電源，再按「重新偵測」，或選擇其他喇叭。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../media/microphone.py" line="+56"/>
        <source>(system default)</source>
        <translation>（系統預設）</translation>
    </message>
    <message>
        <location filename="../../media/microphone.py" line="-4"/>
        <source>The microphone {name} cannot be used ({error}). Check that it is plugged in, then press Look again, or choose another microphone.</source>
        <translation>無法使用麥克風 {name}（{error}）。請確認麥克風已經插好，再按「重新偵測」，或選擇其他麥克風。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the microphone stopped</source>
        <translation>麥克風停止了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sound came from the microphone for {seconds} s</source>
        <translation>麥克風已經 {seconds} 秒沒有收到聲音</translation>
    </message>
    <message>
        <location filename="../../media/sound_devices.py" line="+38"/>
        <source>The sound system cannot be asked for its devices ({error}).</source>
        <translation>無法向音效系統查詢裝置（{error}）。</translation>
    </message>
</context>
<context>
    <name>first run</name>
    <message>
        <location filename="../../app/first_run.py" line="+68"/>
        <source>Could not copy {file} to {path}: {error}</source>
        <translation>無法把 {file} 複製到 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>hub</name>
    <message>
        <location filename="../../app/hub_client.py" line="+260"/>
        <source>No hub address is set. Set [hub] url in the config file, or ask IT staff to.</source>
        <translation>尚未設定中心伺服器位址。請在設定檔的 [hub] url 填入位址，或請資訊組協助設定。</translation>
    </message>
    <message>
        <location filename="../../app/hub_failures.py" line="+48"/>
        <source>The hub at {url} did not answer within {seconds} seconds. The link may be very slow or down; lessons on this PC still work.</source>
        <translation>中心伺服器 {url} 在 {seconds} 秒內沒有回應。網路可能很慢或已中斷；這台電腦上的課程仍可使用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot reach the hub at {url} ({reason}). Check the network cable or Wi-Fi; if other sites open, the hub may be down.</source>
        <translation>無法連上中心伺服器 {url}（{reason}）。請檢查網路線或 Wi-Fi；如果其他網站可以開啟，可能是中心伺服器沒有運作。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>the hub&apos;s name was not found</source>
        <translation>找不到中心伺服器的名稱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub&apos;s security certificate is not valid</source>
        <translation>中心伺服器的安全憑證無效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing answers at that address</source>
        <translation>該位址沒有回應</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this PC has no network connection</source>
        <translation>這台電腦沒有網路連線</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no route to the hub</source>
        <translation>無法連到中心伺服器所在的網路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection timed out</source>
        <translation>連線逾時</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The hub at {url} lists a lesson this app cannot read ({detail}). The lessons this PC already has stay; tell the hub&apos;s administrator.</source>
        <translation>中心伺服器 {url} 列出了一堂本程式無法讀取的課程（{detail}）。這台電腦上已有的課程都會保留；請通知中心伺服器的管理員。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hub at {url} refused what it was sent: {detail}</source>
        <translation>中心伺服器 {url} 拒收送過去的資料：{detail}</translation>
    </message>
    <message>
        <location filename="../../app/hub_client.py" line="-166"/>
        <source>The catalog from the hub at {url} arrived damaged (it does not match its checksum). It was not kept and will be fetched again.</source>
        <translation>從中心伺服器 {url} 收到的課程目錄在傳輸途中損壞了（與檢查碼不符），所以沒有保存，稍後會重新下載。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The video server refused the link the hub at {url} gave (HTTP {status}). Tell the hub&apos;s administrator: the [videos] secret in hub.toml must equal nginx&apos;s secure_link_md5 secret, and both machines&apos; clocks must be right.</source>
        <translation>影片伺服器拒絕了中心伺服器 {url} 給的連結（HTTP {status}）。請通知中心伺服器的管理員：hub.toml 中 [videos] 的 secret 必須與 nginx 的 secure_link_md5 密鑰相同，而且兩台機器的時鐘都必須正確。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The hub at {url} has no live lesson connection; it is older than this program. Update the hub (oo-hub).</source>
        <translation>中心伺服器 {url} 沒有直播課程連線功能，版本比這個程式舊。請更新中心伺服器（oo-hub）。</translation>
    </message>
    <message>
        <location filename="../../app/hub_failures.py" line="-65"/>
        <source>not HTTP</source>
        <translation>不是 HTTP 回應</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the hub at {url} broke off. It will be tried again.</source>
        <translation>與中心伺服器 {url} 的連線中斷了，稍後會自動重試。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub at {url} does not accept this PC&apos;s token. Ask IT staff for a new one (oo-hub token) and put it in [hub] token.</source>
        <translation>中心伺服器 {url} 不接受這台電腦的授權碼。請向資訊組索取新的授權碼（oo-hub token），並填入 [hub] token。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub at {url} does not allow this PC to do that.</source>
        <translation>中心伺服器 {url} 不允許這台電腦執行這項操作。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub at {url} has a problem of its own (HTTP {status}). Try again later or tell the hub&apos;s administrator.</source>
        <translation>中心伺服器 {url} 本身發生問題（HTTP {status}）。請稍後再試，或通知中心伺服器的管理員。</translation>
    </message>
    <message>
        <location filename="../../app/hub_client.py" line="+34"/>
        <source>not JSON</source>
        <translation>不是 JSON 格式</translation>
    </message>
    <message>
        <location filename="../../app/hub_failures.py" line="+13"/>
        <source>The server at {url} answered, but not like an O&amp;O Classroom hub ({detail}). Check the hub address.</source>
        <translation>{url} 有回應，但看起來不是 O&amp;O 線上線下教室的中心伺服器（{detail}）。請檢查中心伺服器位址。</translation>
    </message>
</context>
<context>
    <name>import reason</name>
    <message>
        <location filename="../../widgets/teacher/quiz_import_report.py" line="-59"/>
        <source>a text with no answer to give; the project has no kind for it.</source>
        <translation>只有文字、沒有要作答的內容，本程式沒有這種題型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an answer in the pupil&apos;s own words cannot be marked; the project has no kind for it.</source>
        <translation>學生用自己的話作答的題目無法自動批改，本程式沒有這種題型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pairs to match; the project has no kind for them.</source>
        <translation>要配對的題目，本程式沒有這種題型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project has no kind for this type of question.</source>
        <translation>本程式沒有這種題型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no choice is worth any marks.</source>
        <translation>沒有任何選項有分數。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer is worth 100%.</source>
        <translation>沒有滿分的答案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an answer with the wildcard * cannot be marked by the project.</source>
        <translation>含有萬用字元 * 的答案，本程式無法批改。</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <location filename="../../widgets/common/names.py" line="+8"/>
        <source>Single choice</source>
        <translation>單選題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple choice</source>
        <translation>複選題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True or false</source>
        <translation>是非題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>數字題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short answer</source>
        <translation>簡答題</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../widgets/teacher/quiz_languages.py" line="-38"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese (Taiwan)</source>
        <translation>中文（台灣）</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <location filename="../../app/library_client.py" line="+74"/>
        <source>This PC&apos;s token is a classroom&apos;s: only a teacher&apos;s or an admin&apos;s token may publish lessons. Ask IT staff for a teacher&apos;s token (oo-hub token --role teacher) and put it in [hub] token.</source>
        <translation>這台電腦的授權碼是教室用的：只有老師或管理員的授權碼才能發布課程。請向資訊組索取老師的授權碼（oo-hub token --role teacher），填入 [hub] token。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hub at {url} refused: {reason}</source>
        <translation>{url} 的中心伺服器拒絕了：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/my_lessons.py" line="+112"/>
        <source>Cannot read {file}: {error}.</source>
        <translation>無法讀取 {file}：{error}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is {size}; the hub takes files of up to {most}. Shorten or compress it, or ask the hub&apos;s administrator.</source>
        <translation>{file} 有 {size}；中心伺服器只收 {most} 以內的檔案。請剪短或壓縮，或詢問中心伺服器的管理員。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{reason} The publish goes on when O&amp;O Classroom next starts.</source>
        <translation>{reason}下次開啟 O&amp;O 線上線下教室時會繼續發布。</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <location filename="../../media/sound_sink.py" line="+64"/>
        <source>The speakers cannot be used ({error}). The lesson goes on without sound; check that speakers or headphones are plugged in, or choose others in IT setup.</source>
        <translation>無法使用喇叭（{error}）。課程會繼續進行，但沒有聲音；請確認喇叭或耳機已經插好，或在「資訊組設定」中選擇其他喇叭。</translation>
    </message>
    <message>
        <location filename="../../app/live/signaling.py" line="+56"/>
        <source>There is no live lesson with the code {code}. Check the code with the teacher.</source>
        <translation>找不到課程代碼為 {code} 的直播課程。請向老師確認課程代碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another teacher&apos;s lesson is using the code {code}. Choose another code.</source>
        <translation>另一位老師的課程正在使用課程代碼 {code}。請換一個課程代碼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} cannot be a lesson code: a code is 6 letters and digits, without 0, O, 1 or I.</source>
        <translation>{code} 不能當作課程代碼：代碼是 6 個英文字母和數字，不含 0、O、1 或 I。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s token cannot do that: teachers start live lessons and classrooms join them.</source>
        <translation>這台電腦的授權碼不能這樣做：直播課程由老師開始，教室加入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This classroom came into the lesson again from another window or PC, so this one left it.</source>
        <translation>這間教室已從另一個視窗或另一台電腦重新加入課程，所以這裡已離開課程。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC tried too many wrong lesson codes. Wait {seconds} seconds, check the code with the teacher and join again.</source>
        <translation>這台電腦輸入錯誤的課程代碼太多次了。請等 {seconds} 秒，跟老師確認課程代碼後再加入。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The connection to the hub was lost.</source>
        <translation>與中心伺服器的連線中斷了。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The teacher ended the lesson.</source>
        <translation>老師已結束課程。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lesson ended while this PC was away.</source>
        <translation>這台電腦離線期間，課程已經結束。</translation>
    </message>
    <message>
        <location filename="../../media/lesson_media.py" line="+97"/>
        <source>No microphone: the others cannot hear this room. The lesson goes on. {error}</source>
        <translation>沒有麥克風：其他人聽不到這間教室的聲音，課程照常進行。{error}</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>The camera stopped during the lesson; the others see its last picture and the lesson goes on. {error}</source>
        <translation>攝影機在上課途中停止了；其他人會看到它最後的畫面，課程照常進行。{error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No camera picture: the others see a plain picture and the lesson goes on. {error}</source>
        <translation>沒有攝影機畫面：其他人會看到一片素色畫面，課程照常進行。{error}</translation>
    </message>
    <message>
        <location filename="../../media/janus_session.py" line="+34"/>
        <source>The lesson&apos;s video server does not answer; check the network. ({error})</source>
        <translation>課程的視訊伺服器沒有回應；請檢查網路。（{error}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lesson&apos;s video server refused this PC&apos;s pass (expired or not from the hub); join again.</source>
        <translation>課程的視訊伺服器拒絕了這台電腦的通行證（已過期或不是中心伺服器發的）；請重新加入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lesson&apos;s video server did not let this PC into the lesson; join again.</source>
        <translation>課程的視訊伺服器不讓這台電腦進入課程；請重新加入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lesson&apos;s video room is gone: the lesson has ended.</source>
        <translation>課程的視訊教室已關閉：課程已結束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lesson&apos;s video server refused: {error}</source>
        <translation>課程的視訊伺服器拒絕了：{error}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The lesson&apos;s video server sent no answer to this camera.</source>
        <translation>課程的視訊伺服器沒有回應這台攝影機的畫面。</translation>
    </message>
    <message>
        <location filename="../../app/demo_classroom.py" line="+119"/>
        <source>exit status {status}</source>
        <translation>結束代碼 {status}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo classroom stopped ({problem}). Its log is {path}.</source>
        <translation>示範教室已停止（{problem}）。記錄檔在 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/live/lesson.py" line="+258"/>
        <source>You ended the lesson for every classroom.</source>
        <translation>你已為所有教室結束這堂課。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/launch.py" line="+80"/>
        <source>The settings file has mistakes; nothing was changed. Fix them and start again:
{problems}</source>
        <translation>設定檔有錯誤，沒有做任何更動。請修正以下問題後再重新啟動：
{problems}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} joined the lesson.</source>
        <translation>{name} 加入了課程。</translation>
    </message>
    <message>
        <location filename="../../widgets/desktop.py" line="+81"/>
        <source>O&amp;O Classroom</source>
        <translation>O&amp;O 線上線下教室</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Preparing the demo lessons (only on the first start): each is listed once its video is ready…</source>
        <translation>正在準備示範課程（只有第一次啟動需要）：每一課的影片準備好就會列出…</translation>
    </message>
    <message>
        <location filename="../../widgets/window.py" line="+81"/>
        <source>A live lesson is going on; closing leaves it (the others go on).</source>
        <translation>直播課程正在進行；關閉會離開課程（其他人會繼續上課）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lesson videos are downloading. They go on from where they stopped the next time O&amp;O Classroom starts.</source>
        <translation>課程影片正在下載。下次啟動 O&amp;O 線上線下教室時，會從中斷的地方繼續下載。</translation>
    </message>
    <message>
        <location filename="../../widgets/desktop.py" line="-83"/>
        <source>O&amp;O Classroom is already open on this PC; its window was brought to the front.</source>
        <translation>O&amp;O 線上線下教室已經在這台電腦上開啟；已把它的視窗移到最前面。</translation>
    </message>
    <message>
        <location filename="../../app/launch.py" line="-8"/>
        <source>Live lesson code: {code}</source>
        <translation>直播課程代碼：{code}</translation>
    </message>
    <message>
        <location filename="../../widgets/desktop.py" line="+93"/>
        <source>The demo lessons could not be made; see the log file {path}.</source>
        <translation>無法建立示範課程，請查看記錄檔 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/demo_hub.py" line="+112"/>
        <source>The demo hub could not start ({error}). Its log is {path}; the demo needs a writable data folder.</source>
        <translation>示範用的中心伺服器無法啟動（{error}）。記錄檔在 {path}；示範模式需要一個可以寫入的資料夾。</translation>
    </message>
    <message>
        <location filename="../../widgets/no_display.py" line="+21"/>
        <source>No display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open. Start O&amp;O Classroom on the PC&apos;s desktop; or with no window at all: QT_QPA_PLATFORM=offscreen oo-classroom; or on a virtual screen: xvfb-run -a oo-classroom.</source>
        <translation>找不到顯示器（DISPLAY 和 WAYLAND_DISPLAY 都沒有設定），所以無法開啟視窗。請在電腦的桌面上啟動 O&amp;O 線上線下教室；若完全不需要視窗：QT_QPA_PLATFORM=offscreen oo-classroom；若要使用虛擬螢幕：xvfb-run -a oo-classroom。</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <location filename="../../app/network/check_line.py" line="+31"/>
        <source>pass</source>
        <translation>通過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warn</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fail</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{ms} ms</source>
        <translation>{ms} 毫秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer from {what} within {seconds} s</source>
        <translation>{what} 在 {seconds} 秒內沒有回應</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>secure connection failed</source>
        <translation>加密連線失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} did not complete a TLS handshake ({reason}). Check that the address starts with https only if the server really serves https on that port.</source>
        <translation>{where} 沒有完成 TLS 交握（{reason}）。請確認：只有在伺服器的這個連接埠真的提供 https 時，位址才用 https 開頭。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refused</source>
        <translation>被拒絕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing answers at {where}: the server is not running there, or the port is wrong. Check the address and that the server is started.</source>
        <translation>{where} 沒有任何程式回應：伺服器沒有在那裡執行，或是連接埠設錯了。請檢查位址，並確認伺服器已經啟動。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no route</source>
        <translation>無法連到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC has no way to {where}. Check the network cable or Wi-Fi and the gateway.</source>
        <translation>這台電腦沒有路徑可以連到 {where}。請檢查網路線或 Wi-Fi，以及預設閘道。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection failed</source>
        <translation>連線失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not connect to {where}: {reason}.</source>
        <translation>無法連線到 {where}：{reason}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certificate expired</source>
        <translation>憑證已過期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of {where} has expired. Its administrator must renew it; also check that this PC&apos;s date and time are right.</source>
        <translation>{where} 的憑證已經過期，需要由它的管理員更新；也請確認這台電腦的日期和時間正確。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>certificate for another name</source>
        <translation>憑證名稱不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of {where} is made out to another name. Use the name the certificate is for in the address.</source>
        <translation>{where} 的憑證是發給另一個名稱的。請在位址中使用憑證上的名稱。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>certificate not trusted</source>
        <translation>憑證不受信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of {where} is not from an authority this PC trusts (for example self-made). Use a certificate from a public authority such as Let&apos;s Encrypt, or install the school&apos;s own authority on this PC.</source>
        <translation>{where} 的憑證不是由這台電腦信任的憑證機構簽發（例如自己簽發的憑證）。請改用公開憑證機構（例如 Let&apos;s Encrypt）的憑證，或在這台電腦安裝學校自己的憑證機構。</translation>
    </message>
    <message>
        <location filename="../../app/network/hub_check.py" line="+34"/>
        <source>Other hub checks</source>
        <translation>其他中心伺服器檢查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hub address</source>
        <translation>中心伺服器位址</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+162"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Set [hub] url in the config file, for example http://hub.school.example:8750.</source>
        <translation>請在設定檔的 [hub] url 填入位址，例如 http://hub.school.example:8750。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not checked, because the name was not found.</source>
        <translation>因為找不到這個名稱，所以沒有檢查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked, because nothing could connect.</source>
        <translation>因為無法建立連線，所以沒有檢查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not checked, because the secure connection failed.</source>
        <translation>因為加密連線失敗，所以沒有檢查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not checked, because the server does not answer as a hub.</source>
        <translation>因為這台伺服器的回應不像中心伺服器，所以沒有檢查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked, because the hub does not accept this PC&apos;s token.</source>
        <translation>因為中心伺服器不接受這台電腦的授權碼，所以沒有檢查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proxy name lookup (DNS)</source>
        <translation>代理伺服器名稱查詢（DNS）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hub name lookup (DNS)</source>
        <translation>中心伺服器名稱查詢（DNS）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the name server</source>
        <translation>DNS 伺服器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s DNS server does not answer. Check the network settings or ask the network admin.</source>
        <translation>這台電腦的 DNS 伺服器沒有回應。請檢查網路設定，或詢問網管人員。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../app/network/ice_check.py" line="+206"/>
        <source>{host} not found</source>
        <translation>找不到 {host}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the address in the config file for typing mistakes; if it is right, this PC&apos;s DNS server does not know the name (ask the network admin).</source>
        <translation>請檢查設定檔中的位址有沒有打錯；如果沒有打錯，就是這台電腦的 DNS 伺服器不認得這個名稱（請詢問網管人員）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{address}, {ms}</source>
        <translation>{address}，{ms}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection (TCP {where})</source>
        <translation>連線（TCP {where}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A firewall may drop the connection, or the server&apos;s PC is off. Ask the network admin to allow TCP port {port}.</source>
        <translation>可能是防火牆擋掉了連線，或伺服器那台電腦沒有開機。請網管人員開放 TCP 連接埠 {port}。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Secure connection (TLS)</source>
        <translation>加密連線（TLS）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server accepted the connection but never finished the TLS handshake; check the port.</source>
        <translation>伺服器接受了連線，但一直沒有完成 TLS 交握；請檢查連接埠。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{version}, {ms}, certificate valid until {date}</source>
        <translation>{version}，{ms}，憑證有效至 {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub&apos;s certificate runs out in under {days} days; its administrator should renew it now.</source>
        <translation>中心伺服器的憑證將在 {days} 天內到期，請它的管理員現在就更新。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hub answers</source>
        <translation>中心伺服器回應</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a working hub</source>
        <translation>不是正常運作的中心伺服器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round trip {ms} (median of {count}), hub {version}</source>
        <translation>往返 {ms}（{count} 次的中位數），中心伺服器版本 {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link is slow to answer: live lessons will lag and talk over each other. Check what else uses the link during lessons.</source>
        <translation>網路回應很慢：直播課程會延遲，師生說話容易互相重疊。請查看上課時還有什麼在使用這條網路。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This PC&apos;s token</source>
        <translation>這台電腦的授權碼</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask IT staff for a token (made on the hub with oo-hub token) and put it in [hub] token.</source>
        <translation>請向資訊組索取授權碼（在中心伺服器上用 oo-hub token 產生），並填入 [hub] token。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not accepted</source>
        <translation>不被接受</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download speed</source>
        <translation>下載速度</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not measured</source>
        <translation>沒有測量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub has no lesson video yet to measure with.</source>
        <translation>中心伺服器上還沒有課程影片可以用來測量。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+26"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>{rate} Mbit/s ({size} MB in {seconds} s)</source>
        <translation>{rate} Mbit/s（{seconds} 秒下載 {size} MB）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slower than a lesson video needs ({need} Mbit/s): videos will not play while they download. Let them download ahead, in hours when the link is free ([downloads] window, for example 18:00-07:00).</source>
        <translation>比課程影片需要的速度（{need} Mbit/s）慢：影片無法邊下載邊播放。請讓影片在網路空閒的時段先下載好（[downloads] window，例如 18:00-07:00）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Live lesson connection (WebSocket)</source>
        <translation>直播課程連線（WebSocket）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no welcome</source>
        <translation>沒有收到歡迎訊息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The socket opened but the hub did not talk on it. A proxy or firewall may block WebSockets; ask the network admin to let them through to the hub.</source>
        <translation>連線已經開啟，但中心伺服器沒有傳送任何訊息。可能是代理伺服器或防火牆擋掉了 WebSocket；請網管人員放行通往中心伺服器的 WebSocket。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a hub</source>
        <translation>不是中心伺服器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something other than the hub answered on the live lesson socket. Check the hub address.</source>
        <translation>回應直播課程連線的不是中心伺服器。請檢查中心伺服器位址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round trip {ms}</source>
        <translation>往返 {ms}</translation>
    </message>
    <message>
        <location filename="../../app/network/ice_check.py" line="-91"/>
        <source>STUN {url}</source>
        <translation>STUN 伺服器 {url}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The STUN server answered with an error; check the address.</source>
        <translation>STUN 伺服器回覆了錯誤；請檢查位址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>public address {address}, {ms}</source>
        <translation>對外位址 {address}，{ms}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TURN {url} over {transport}</source>
        <translation>TURN 伺服器 {url}（經由 {transport}）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The TURN server does not accept the username and password in [[network.turn]]. Check them with whoever runs the TURN server.</source>
        <translation>TURN 伺服器不接受 [[network.turn]] 中的使用者名稱和密碼。請向管理 TURN 伺服器的人確認。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>username or password refused</source>
        <translation>使用者名稱或密碼被拒絕</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TURN server refused the allocation; tell whoever runs it what it said.</source>
        <translation>TURN 伺服器拒絕配置中繼位址；請把它的回覆轉告管理 TURN 伺服器的人。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>relay address {address}, {ms}</source>
        <translation>中繼位址 {address}，{ms}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check the server&apos;s name in [network] for typing mistakes.</source>
        <translation>請檢查 [network] 中的伺服器名稱有沒有打錯。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refused ({code} {reason})</source>
        <translation>被拒絕（{code} {reason}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing came back over UDP: the server is down, or a firewall blocks UDP (see the UDP line).</source>
        <translation>UDP 沒有收到任何回應：伺服器沒有運作，或防火牆擋掉了 UDP（請看 UDP 那一項）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UDP for live lessons</source>
        <translation>直播課程的 UDP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No STUN or TURN server is set, so live lessons may not connect to other schools. Set [network] stun, and a [[network.turn]] where firewalls are strict.</source>
        <translation>沒有設定 STUN 或 TURN 伺服器，直播課程可能連不到其他學校。請設定 [network] stun；如果防火牆管制嚴格，也請設定 [[network.turn]]。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>not checked</source>
        <translation>沒有檢查</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>gets through</source>
        <translation>可以通過</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only TURN over TCP or TLS is set; add a STUN server to find out whether UDP works.</source>
        <translation>只設定了經由 TCP 或 TLS 的 TURN；請加上 STUN 伺服器，才能知道 UDP 是否可用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot tell</source>
        <translation>無法判斷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix the STUN and TURN lines above first.</source>
        <translation>請先解決上面 STUN 和 TURN 的問題。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDP seems blocked</source>
        <translation>UDP 似乎被封鎖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing answers over UDP, but TURN over TCP/TLS works: live lessons will go through it, with a little more delay. Keep that TURN server in the settings, or ask the network admin to allow UDP.</source>
        <translation>UDP 沒有任何回應，但經由 TCP/TLS 的 TURN 可以使用：直播課程會改走這條路，延遲會稍微多一點。請在設定中保留這台 TURN 伺服器，或請網管人員開放 UDP。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing answers over UDP and no TURN over TCP/TLS works, so live lessons cannot connect. Add a [[network.turn]] with turn:host:3478?transport=tcp or turns:host:5349, or ask the network admin to allow UDP.</source>
        <translation>UDP 沒有任何回應，也沒有可用的 TCP/TLS TURN，直播課程無法連線。請新增一個 [[network.turn]]，使用 turn:host:3478?transport=tcp 或 turns:host:5349，或請網管人員開放 UDP。</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../../media/decoder.py" line="+72"/>
        <source>The lesson video {name} cannot be played ({error}). It may be damaged: go back to the lessons, remove it from this PC and download it again.</source>
        <translation>課程影片 {name} 無法播放（{error}）。影片可能已損壞：請回到課程列表，把它從這台電腦移除後重新下載。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The lesson video {name} stopped: the player ran into a problem ({error}). Go back to the lessons and open it again; if it happens again, tell IT staff (the log has the details).</source>
        <translation>課程影片 {name} 停止播放了：播放器出了問題（{error}）。請回到課程列表再打開一次；如果又發生，請通知資訊組（記錄檔裡有詳細資料）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>it has neither picture nor sound</source>
        <translation>它既沒有畫面也沒有聲音</translation>
    </message>
    <message>
        <location filename="../../media/speakers.py" line="+30"/>
        <source>The speakers cannot be used ({error}). The video goes on without sound; check that speakers or headphones are plugged in, or choose others in IT setup.</source>
        <translation>無法使用喇叭（{error}）。影片會繼續播放，但沒有聲音；請確認喇叭或耳機已經插好，或在「資訊組設定」中選擇其他喇叭。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>the sound output stopped</source>
        <translation>聲音輸出停止了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sound output took nothing for {seconds} s</source>
        <translation>聲音輸出已經 {seconds} 秒沒有動作</translation>
    </message>
</context>
<context>
    <name>quiz</name>
    <message>
        <location filename="../../app/quiz_session.py" line="+118"/>
        <source>Your answer could not be saved ({error}). Press again; the answers you already gave are safe. If it keeps happening, tell the teacher: the disk may be full.</source>
        <translation>你的答案沒有存好（{error}）。請再按一次；之前的答案都還在。如果一直發生，請告訴老師：磁碟可能滿了。</translation>
    </message>
</context>
<context>
    <name>quiz draft</name>
    <message>
        <location filename="../../app/quiz_draft.py" line="+90"/>
        <source>The question has no text.</source>
        <translation>題目還沒有文字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A choice question needs at least two choices.</source>
        <translation>選擇題至少要有兩個選項。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A choice has no text.</source>
        <translation>有選項還沒有文字。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark the right answer.</source>
        <translation>請標出正確答案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The quiz has no title.</source>
        <translation>測驗還沒有標題。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quiz has no questions yet.</source>
        <translation>測驗還沒有題目。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question {number}: {problem}</source>
        <translation>第 {number} 題：{problem}</translation>
    </message>
</context>
<context>
    <name>quiz files</name>
    <message>
        <location filename="../../app/quiz_files.py" line="+36"/>
        <source>{name} is too large ({size} kB); the most is {limit} kB.</source>
        <translation>「{name}」太大（{size} kB）；最大是 {limit} kB。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not read {path}: {error}.</source>
        <translation>無法讀取 {path}：{error}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not a quiz saved by O&amp;O Classroom ({error}).</source>
        <translation>「{name}」不是 O&amp;O 線上線下教室儲存的測驗（{error}）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} is not a PNG or JPEG picture; save it as one of those.</source>
        <translation>「{name}」不是 PNG 或 JPEG 圖片；請存成這兩種格式之一。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} could not be imported: it is not a GIFT, Aiken or Moodle XML quiz the editor can read ({error}). Nothing was added.</source>
        <translation>無法匯入「{name}」：這不是編輯器能讀取的 GIFT、Aiken 或 Moodle XML 測驗（{error}）。沒有加入任何題目。</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../app/results.py" line="+132"/>
        <source>Classroom</source>
        <translation>教室</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/set_aside.py" line="+72"/>
        <source>Pupil</source>
        <translation>學生</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/set_aside.py" line="+2"/>
        <source>Question</source>
        <translation>題號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question text</source>
        <translation>題目</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/set_aside.py" line="+1"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>答對</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/set_aside.py" line="+1"/>
        <source>Answered at (PC clock)</source>
        <translation>作答時間（電腦時鐘）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived at hub (UTC)</source>
        <translation>送達中心伺服器時間（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of</source>
        <translation>滿分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer in words</source>
        <translation>答案內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right answer</source>
        <translation>正確答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz version</source>
        <translation>測驗版本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/set_aside.py" line="-3"/>
        <source>Quiz</source>
        <translation>測驗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the hub refused it</source>
        <translation>中心伺服器拒收的原因</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <location filename="../../widgets/common/saving.py" line="+20"/>
        <source>Could not save {path}: {error}. Choose another folder or free some disk space.</source>
        <translation>無法儲存 {path}：{error}。請選擇其他資料夾，或清出一些磁碟空間。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../app/settings.py" line="+27"/>
        <source>Cannot read this PC&apos;s settings file {path}: {error}</source>
        <translation>無法讀取這台電腦的設定檔 {path}：{error}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not save the settings in {path}: {error}. Nothing was changed; check that the disk has room and that the folder can be written.</source>
        <translation>無法把設定儲存到 {path}：{error}。設定沒有任何變更；請確認磁碟還有空間，而且該資料夾可以寫入。</translation>
    </message>
</context>
<context>
    <name>subject</name>
    <message>
        <location filename="../../app/lesson_list.py" line="-108"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mathematics</source>
        <translation>數學</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Science</source>
        <translation>自然科學</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../app/result_sync.py" line="+169"/>
        <source>The hub did not confirm every answer; they stay on this PC.</source>
        <translation>中心伺服器沒有確認收到每一個答案；這些答案會先保留在這台電腦上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hub did not confirm every progress report; they stay on this PC.</source>
        <translation>中心伺服器沒有確認收到每一筆學習進度；這些紀錄會留在這台電腦上。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The answers database on this PC is busy or the disk is full ({error}). Nothing is lost; it will be tried again.</source>
        <translation>這台電腦的答案資料庫忙碌中或磁碟已滿（{error}）。資料不會遺失，稍後會再試一次。</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../media/units.py" line="+26"/>
        <source>less than a minute</source>
        <translation>不到一分鐘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about {minutes} min</source>
        <translation>大約 {minutes} 分鐘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {hours} h</source>
        <translation>大約 {hours} 小時</translation>
    </message>
</context>
<context>
    <name>upload</name>
    <message>
        <location filename="../../app/upload_command.py" line="+27"/>
        <source>{file} is not a file on this PC.</source>
        <translation>{file} 不是這台電腦上的檔案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uploading {file} (MB)</source>
        <translation>正在上傳 {file}（MB）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run the same command again to go on from where it stopped.</source>
        <translation>再執行一次同樣的指令，就會從中斷的地方繼續上傳。</translation>
    </message>
    <message>
        <location filename="../../app/tus.py" line="+75"/>
        <source>The hub at {url} refused the upload: {reason}</source>
        <translation>位於 {url} 的中心伺服器拒絕了這次上傳：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/uploader.py" line="+138"/>
        <source>The upload of {file} had to start over {times} times (the file kept changing, or the hub at {url} kept losing it). Try again later, or tell the hub&apos;s administrator.</source>
        <translation>{file} 的上傳已經重新開始 {times} 次（檔案一直在變動，或位於 {url} 的中心伺服器一直遺失它）。請稍後再試，或告訴中心伺服器的管理員。</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Cannot read {file}: {error}.</source>
        <translation>無法讀取 {file}：{error}。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>{file} has {size} bytes; the hub at {url} takes uploads of up to {most} bytes. Shorten or compress the video, or ask the hub&apos;s administrator.</source>
        <translation>{file} 有 {size} 位元組；位於 {url} 的中心伺服器只接受最多 {most} 位元組的上傳。請縮短或壓縮影片，或詢問中心伺服器的管理員。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The upload to the hub at {url} kept arriving damaged. Check the network; it goes on from where it stopped when you try again.</source>
        <translation>上傳到位於 {url} 的中心伺服器的資料一再損毀。請檢查網路；再試一次時會從中斷的地方繼續。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that qtbase_zh_TW.qm (PySide6 6.11) leaves in English: Qt 6 added mnemonics to
     these file-dialog labels and the zh_TW catalogue kept only the old "Look in:" / "Files of type:".
     Loaded after qtbase_zh_TW by app/i18n.py; written by hand (tools/update_translations.sh leaves it). -->
<TS version="2.1" language="zh_TW">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案型態(&amp;T)：</translation>
    </message>
</context>
</TS>

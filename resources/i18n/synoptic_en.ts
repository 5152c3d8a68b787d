<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs.py" line="171"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message numerus="yes">
        <location filename="../../editor/ui/exports.py" line="61"/>
        <source>%n changes still pending, not applied</source>
        <translation>
            <numerusform>%n change still pending, not applied</numerusform>
            <numerusform>%n changes still pending, not applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/exports.py" line="64"/>
        <source>{0}: the changes to provisions {1} could not be placed in the base file and are not in the export</source>
        <translation>
            <numerusform>{0}: the changes to provision {1} could not be placed in the base file and are not in the export</numerusform>
            <numerusform>{0}: the changes to provisions {1} could not be placed in the base file and are not in the export</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <location filename="../../editor/ui/find_bar.py" line="56"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message numerus="yes">
        <location filename="../../editor/ui/navigator.py" line="58"/>
        <source>Waiting for their base: %n proposals</source>
        <translation>
            <numerusform>Waiting for their base: %n proposal</numerusform>
            <numerusform>Waiting for their base: %n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/navigator.py" line="78"/>
        <source>, %n conflicts</source>
        <translation>
            <numerusform>, %n conflict</numerusform>
            <numerusform>, %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message numerus="yes">
        <location filename="../../editor/ui/review.py" line="164"/>
        <source>{0} of %n decided</source>
        <translation>
            <numerusform>{0} of %n decided</numerusform>
            <numerusform>{0} of %n decided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review.py" line="165"/>
        <source>, %n conflicts</source>
        <translation>
            <numerusform>, %n conflict</numerusform>
            <numerusform>, %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review.py" line="234"/>
        <source>%n own wordings withdrawn: an accepted change replaces them (Ctrl+Z brings them back)</source>
        <translation>
            <numerusform>%n own wording withdrawn: an accepted change replaces it (Ctrl+Z brings it back)</numerusform>
            <numerusform>%n own wordings withdrawn: an accepted change replaces them (Ctrl+Z brings them back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review.py" line="249"/>
        <source>%n changes in conflict left pending: choose in the conflict picker (Ctrl+K)</source>
        <translation>
            <numerusform>%n change in conflict left pending: choose in the conflict picker (Ctrl+K)</numerusform>
            <numerusform>%n changes in conflict left pending: choose in the conflict picker (Ctrl+K)</numerusform>
        </translation>
    </message>
</context>
</TS>

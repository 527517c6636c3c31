<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HistoryController</name>
    <message numerus="yes">
        <location filename="../../desktop/controllers/history.py" line="111"/>
        <source>Deleted %Ln entries.</source>
        <translation>
            <numerusform>Deleted %Ln entry.</numerusform>
            <numerusform>Deleted %Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/history.py" line="124"/>
        <source>Saved %Ln entries to %1.</source>
        <translation>
            <numerusform>Saved %Ln entry to %1.</numerusform>
            <numerusform>Saved %Ln entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/history_panel.py" line="161"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/history_panel.py" line="221"/>
        <source>Delete all %Ln entries of the history?</source>
        <translation>
            <numerusform>Delete the only entry of the history?</numerusform>
            <numerusform>Delete all %Ln entries of the history?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="176"/>
        <source>%n waiting input(s) ran on this computer.</source>
        <translation>
            <numerusform>%n waiting input ran on this computer.</numerusform>
            <numerusform>%n waiting inputs ran on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="179"/>
        <source>%n waiting input(s) could not be predicted; the History says why.</source>
        <translation>
            <numerusform>%n waiting input could not be predicted; the History says why.</numerusform>
            <numerusform>%n waiting inputs could not be predicted; the History says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="218"/>
        <source>%n queued input(s) finished on the server.</source>
        <translation>
            <numerusform>%n queued input finished on the server.</numerusform>
            <numerusform>%n queued inputs finished on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="223"/>
        <source>%n queued input(s) could not be predicted; the History says why.</source>
        <translation>
            <numerusform>%n queued input could not be predicted; the History says why.</numerusform>
            <numerusform>%n queued inputs could not be predicted; the History says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="287"/>
        <location filename="../../desktop/controllers/queue.py" line="298"/>
        <source>Discarded %n input(s).</source>
        <translation>
            <numerusform>Discarded %n input.</numerusform>
            <numerusform>Discarded %n inputs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/queue.py" line="290"/>
        <source>%n input(s) were being sent just then and were kept.</source>
        <translation>
            <numerusform>%n input was being sent just then and was kept.</numerusform>
            <numerusform>%n inputs were being sent just then and were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/tables/queue.py" line="92"/>
        <source>Waiting · tried %n time(s)</source>
        <translation>
            <numerusform>Waiting · tried once</numerusform>
            <numerusform>Waiting · tried %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/queue_panel.py" line="246"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/queue_panel.py" line="290"/>
        <source>Discard %n selected input(s) from the queue?</source>
        <translation>
            <numerusform>Discard %n selected input from the queue?</numerusform>
            <numerusform>Discard %n selected inputs from the queue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/queue_panel.py" line="301"/>
        <source>Discard all %n waiting input(s)?</source>
        <translation>
            <numerusform>Discard the %n waiting input?</numerusform>
            <numerusform>Discard all %n waiting inputs?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueStatusButton</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/panels/queue_panel.py" line="56"/>
        <source>%n waiting for the server</source>
        <translation>
            <numerusform>%n waiting for the server</numerusform>
            <numerusform>%n waiting for the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsController</name>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="98"/>
        <source>Skipped %n file(s) that are not images.</source>
        <translation>
            <numerusform>Skipped %n file that is not an image.</numerusform>
            <numerusform>Skipped %n files that are not images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="100"/>
        <source>Skipped %n file(s) that are not CSV files.</source>
        <translation>
            <numerusform>Skipped %n file that is not a CSV file.</numerusform>
            <numerusform>Skipped %n files that are not CSV files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="136"/>
        <source>%1 of %n input(s) could not be predicted; the Status column says why.</source>
        <translation>
            <numerusform>%1 of %n input could not be predicted; the Status column says why.</numerusform>
            <numerusform>%1 of %n inputs could not be predicted; the Status column says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="142"/>
        <source>%n input(s) wait in the offline queue and run when the endpoint is back.</source>
        <translation>
            <numerusform>%n input wait in the offline queue and run when the endpoint is back.</numerusform>
            <numerusform>%n inputs wait in the offline queue and run when the endpoint is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="268"/>
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/controllers/results.py" line="293"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
</context>
</TS>

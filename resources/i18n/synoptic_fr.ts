<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="62" />
        <source>Resolve the conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="76" />
        <source>Combined text (edit below)</source>
        <translation>Texte combiné (à modifier ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="86" />
        <source>These changes cannot all be applied. Choose one:</source>
        <translation>Ces modifications ne peuvent pas toutes s'appliquer. Choisissez-en une :</translation>
    </message>
</context>
<context>
    <name>Deciding</name>
    <message>
        <location filename="../../editor/ui/deciding.py" line="70" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/deciding.py" line="71" />
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/deciding.py" line="84" />
        <source>Edit wording</source>
        <translation>Modifier le libellé</translation>
    </message>
    <message>
        <location filename="../../editor/ui/deciding.py" line="94" />
        <source>Resolve conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../editor/ui/exports.py" line="33" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/exports.py" line="46" />
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../../editor/ui/exports.py" line="50" />
        <source>Exported to {0}</source>
        <translation>Exporté vers {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="17" />
        <source>Find in every column</source>
        <translation>Rechercher dans toutes les colonnes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="24" />
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="49" />
        <source>{0} found</source>
        <translation>{0} trouvés</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="53" />
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="54" />
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../editor/ui/inspector.py" line="34" />
        <source>A note for this change</source>
        <translation>Une note sur cette modification</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="35" />
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="39" />
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="40" />
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="41" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="42" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="43" />
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="46" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="69" />
        <source> (not placed)</source>
        <translation> (non placée)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="75" />
        <source>(none given)</source>
        <translation>(aucun motif)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="94" />
        <source>Resolutions</source>
        <translation>Résolutions</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="95" />
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="134" />
        <source>Synoptic</source>
        <translation>Synoptic</translation>
    </message>
<message>
        <location filename="../../editor/ui/actions.py" line="54" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="55" />
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="57" />
        <source>&amp;Open session…</source>
        <translation>&amp;Ouvrir une session…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="59" />
        <source>Open &amp;recent</source>
        <translation>Sessions &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="61" />
        <source>Open &amp;sample session</source>
        <translation>Ouvrir la session d'&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="62" />
        <source>Save session &amp;as…</source>
        <translation>Enregistrer la session &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="66" />
        <source>Import &amp;base resolution…</source>
        <translation>Importer la résolution de &amp;base…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="68" />
        <source>Import &amp;proposals…</source>
        <translation>Importer des &amp;propositions…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="70" />
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="71" />
        <source>Clean DOCX…</source>
        <translation>DOCX propre…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="71" />
        <source>Tracked changes DOCX…</source>
        <translation>DOCX avec marques de révision…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="72" />
        <source>Synoptic table DOCX…</source>
        <translation>Tableau synoptique DOCX…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="76" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="78" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="79" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="81" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="88" />
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="89" />
        <source>Find next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="91" />
        <source>Find previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="94" />
        <source>&amp;Decide</source>
        <translation>&amp;Décider</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="95" />
        <source>&amp;Accept change</source>
        <translation>&amp;Accepter la modification</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="97" />
        <source>&amp;Reject change</source>
        <translation>&amp;Rejeter la modification</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="99" />
        <source>&amp;Next pending change</source>
        <translation>Modification en attente &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="101" />
        <source>&amp;Previous pending change</source>
        <translation>Modification en attente &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="103" />
        <source>Next &amp;conflict</source>
        <translation>&amp;Conflit suivant</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="105" />
        <source>Resolve conflict…</source>
        <translation>Résoudre le conflit…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="107" />
        <source>&amp;Edit consolidated text…</source>
        <translation>&amp;Modifier le texte consolidé…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="110" />
        <source>&amp;Batch</source>
        <translation>En &amp;bloc</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="113" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="115" />
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="118" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
<message>
        <location filename="../../editor/ui/actions.py" line="127" />
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="133" />
        <source>Session file</source>
        <translation>Fichier de session</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="139" />
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="149" />
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../editor/ui/navigator.py" line="44" />
        <source>Res. {0} — {1} pending</source>
        <translation>Rés. {0} — {1} en attente</translation>
    </message>
    <message>
        <location filename="../../editor/ui/navigator.py" line="46" />
        <source>, {0} conflicts</source>
        <translation>, {0} conflits</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../editor/ui/progress.py" line="16" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="119" />
        <source>Edit the consolidated provision {0}</source>
        <translation>Modifier la disposition consolidée {0}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../editor/ui/review.py" line="86" />
        <source>{0} of {1} decided, {2} conflicts</source>
        <translation>{0} sur {1} décidées, {2} conflits</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="187" />
        <source>Combined text</source>
        <translation>Texte combiné</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="219" />
        <location filename="../../editor/ui/review.py" line="229" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="220" />
        <location filename="../../editor/ui/review.py" line="229" />
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="221" />
        <source>Resolve conflict…</source>
        <translation>Résoudre le conflit…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="222" />
        <source>Edit consolidated text…</source>
        <translation>Modifier le texte consolidé…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="230" />
        <source>{0} all…</source>
        <translation>{0} tout…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="233" />
        <source>from {0}</source>
        <translation>de {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="236" />
        <source>from every {0} proposal</source>
        <translation>de toutes les propositions {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="238" />
        <source>in this call</source>
        <translation>dans cette partie</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="239" />
        <source>in this resolution</source>
        <translation>dans cette résolution</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../editor/ui/sessions.py" line="102" />
        <source>Reading documents</source>
        <translation>Lecture des documents</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="122" />
        <source>Open or create a session first, then import documents.</source>
        <translation>Ouvrez ou créez d'abord une session, puis importez les documents.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="139" />
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
</context>
<context>
    <name>SynopticView</name>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="158" />
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="160" />
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="162" />
        <source>Collapse unchanged provisions</source>
        <translation>Replier les dispositions inchangées</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="206" />
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="206" />
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="207" />
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="207" />
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="392" />
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="43" />
        <source>&lt;h2&gt;Synoptic&lt;/h2&gt;&lt;p&gt;Consolidate ITU resolutions from the regional proposals.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Synoptic&lt;/h2&gt;&lt;p&gt;Consolider les résolutions de l'UIT à partir des propositions régionales.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="45" />
        <source>Open the sample session (Res. 101, 102, 139, 172, 177, 179)</source>
        <translation>Ouvrir la session d'exemple (Rés. 101, 102, 139, 172, 177, 179)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="47" />
        <source>New session…</source>
        <translation>Nouvelle session…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="48" />
        <source>Open session…</source>
        <translation>Ouvrir une session…</translation>
    </message>
</context>
</TS>
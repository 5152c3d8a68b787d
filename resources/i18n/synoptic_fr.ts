<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/ui/actions.py" line="63"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="64"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="65"/>
        <source>&amp;Decide</source>
        <translation>&amp;Décider</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="66"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="71"/>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="74"/>
        <source>&amp;Open session…</source>
        <translation>&amp;Ouvrir une session…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="76"/>
        <source>Open session read-on&amp;ly…</source>
        <translation>Ouvrir une session en &amp;lecture seule…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="78"/>
        <source>Open &amp;recent</source>
        <translation>Sessions &amp;récentes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="80"/>
        <source>Open &amp;sample session</source>
        <translation>Ouvrir la session d&apos;&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="81"/>
        <source>Save session &amp;as…</source>
        <translation>Enregistrer la session &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="85"/>
        <source>Import &amp;base resolution…</source>
        <translation>Importer la résolution de &amp;base…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="87"/>
        <source>Import &amp;proposals…</source>
        <translation>Importer des &amp;propositions…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="89"/>
        <source>&amp;Documents and revision marks…</source>
        <translation>&amp;Documents et marques de révision…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="91"/>
        <source>Import a &amp;colleague&apos;s decisions…</source>
        <translation>Importer les décisions d&apos;un &amp;collègue…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="93"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="94"/>
        <source>Tracked changes DOCX…</source>
        <translation>DOCX avec marques de révision…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="95"/>
        <source>Clean DOCX…</source>
        <translation>DOCX propre…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="96"/>
        <source>Synoptic table DOCX…</source>
        <translation>Tableau synoptique DOCX…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="100"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="104"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="106"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="115"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="117"/>
        <source>Find next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="119"/>
        <source>Find previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="125"/>
        <source>&amp;Accept change</source>
        <translation>&amp;Accepter la modification</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="127"/>
        <source>&amp;Reject change</source>
        <translation>&amp;Rejeter la modification</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="129"/>
        <source>&amp;Next pending change</source>
        <translation>Modification en attente &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="131"/>
        <source>&amp;Previous pending change</source>
        <translation>Modification en attente &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="133"/>
        <source>Next &amp;conflict</source>
        <translation>&amp;Conflit suivant</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="135"/>
        <source>Resolve conflict…</source>
        <translation>Résoudre le conflit…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="137"/>
        <source>&amp;Edit consolidated text…</source>
        <translation>&amp;Modifier le texte consolidé…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="140"/>
        <source>&amp;Batch</source>
        <translation>En &amp;bloc</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="146"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="149"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="157"/>
        <source>Synoptic sessions (*.synoptic)</source>
        <translation>Sessions Synoptic (*.synoptic)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="162"/>
        <source>Word documents (*.docx);;Text files (*.txt);;All files (*)</source>
        <translation>Documents Word (*.docx);;Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="165"/>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="165"/>
        <source>Open session read-only</source>
        <translation>Ouvrir une session en lecture seule</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="171"/>
        <source>Session file</source>
        <translation>Fichier de session</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="177"/>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <location filename="../../editor/ui/actions.py" line="187"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>Colleagues</name>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="148"/>
        <source>Import a colleague&apos;s decisions</source>
        <translation>Importer les décisions d&apos;un collègue</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="161"/>
        <source>The colleague&apos;s decisions could not be imported.</source>
        <translation>Les décisions du collègue n&apos;ont pas pu être importées.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="188"/>
        <source>taken from {0} ({1})</source>
        <translation>reprise de {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="192"/>
        <source>Take theirs ({0})</source>
        <translation>Reprendre les siennes ({0})</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="200"/>
        <source>Res. {0} · {1} · {2}</source>
        <translation>Rés. {0} · {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="205"/>
        <source>Res. {0} · own wording of a provision</source>
        <translation>Rés. {0} · texte propre d&apos;une disposition</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="209"/>
        <source>Res. {0} · conflict</source>
        <translation>Rés. {0} · conflit</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="107"/>
        <source>Resolve the conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="129"/>
        <source>Combined text (edit below)</source>
        <translation>Texte combiné (à modifier ci-dessous)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="142"/>
        <source>These proposals cannot all be applied. Choose one (keys 1, 2…) or write a combined text, the provision&apos;s whole new wording:</source>
        <translation>Ces propositions ne peuvent pas toutes s&apos;appliquer. Choisissez-en une (touches 1, 2…) ou rédigez un texte combiné, nouveau libellé complet de la disposition :</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="145"/>
        <source>These proposals cannot all be applied. Choose one (keys 1, 2…):</source>
        <translation>Ces propositions ne peuvent pas toutes s&apos;appliquer. Choisissez-en une (touches 1, 2…) :</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="155"/>
        <source>A combined text replaces one provision: not possible when the whole resolution is at stake. To keep only some of these changes, choose the proposal, then reject in the table those you do not want.</source>
        <translation>Un texte combiné remplace une disposition : impossible lorsque toute la résolution est en jeu. Pour ne garder que certaines de ces modifications, choisissez la proposition, puis rejetez dans le tableau celles dont vous ne voulez pas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs.py" line="171"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="210"/>
        <source>Suppress Resolution {0} ({1})</source>
        <translation>Supprimer la Résolution {0} ({1})</translation>
    </message>
</context>
<context>
    <name>Deciding</name>
    <message>
        <location filename="../../editor/ui/deciding.py" line="71"/>
        <source>The decision could not be saved.</source>
        <translation>La décision n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/deciding.py" line="87"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/deciding.py" line="88"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/deciding.py" line="102"/>
        <source>Edit wording</source>
        <translation>Modifier le libellé</translation>
    </message>
    <message>
        <location filename="../../editor/ui/deciding.py" line="116"/>
        <source>Resolve conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/deciding.py" line="136"/>
        <source>The note could not be saved.</source>
        <translation>La note n&apos;a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../editor/ui/documents.py" line="38"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="42"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="42"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="42"/>
        <source>Revision marks found</source>
        <translation>Marques de révision trouvées</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="43"/>
        <source>Read revision marks as</source>
        <translation>Lire les marques de révision comme</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="51"/>
        <source>base resolution</source>
        <translation>résolution de base</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="51"/>
        <source>proposals</source>
        <translation>propositions</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="55"/>
        <source>your choice: {0}</source>
        <translation>votre choix : {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="56"/>
        <source>detected: {0}</source>
        <translation>détecté : {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="62"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="74"/>
        <source>How each document shows its revisions. When the detection is wrong, choose here: the documents are read again, decisions are kept.</source>
        <translation>Comment chaque document montre ses révisions. Si la détection se trompe, choisissez ici : les documents sont relus, les décisions sont conservées.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="81"/>
        <source>tracked changes</source>
        <translation>modifications suivies</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="82"/>
        <source>strike-through and underline</source>
        <translation>barré et souligné</translation>
    </message>
    <message>
        <location filename="../../editor/ui/documents.py" line="83"/>
        <source>none (clean text)</source>
        <translation>aucune (texte propre)</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../editor/ui/app.py" line="97"/>
        <source>{0}: translation not found</source>
        <translation>{0} : traduction introuvable</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../editor/ui/error_text.py" line="26"/>
        <source>legacy binary Word .doc file (Word 97-2003): save it as .docx</source>
        <translation>ancien fichier Word binaire .doc (Word 97-2003) : enregistrez-le au format .docx</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="28"/>
        <source>password-protected (encrypted) DOCX: remove the password in Word and save again</source>
        <translation>DOCX protégé par un mot de passe (chiffré) : retirez le mot de passe dans Word et enregistrez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="31"/>
        <source>PDF file: open it in Word and save it as .docx</source>
        <translation>fichier PDF : ouvrez-le dans Word et enregistrez-le au format .docx</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="33"/>
        <source>RTF file: open it in Word and save it as .docx</source>
        <translation>fichier RTF : ouvrez-le dans Word et enregistrez-le au format .docx</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="35"/>
        <source>Strict Open XML document: save it in Word as a standard .docx</source>
        <translation>document Strict Open XML : enregistrez-le dans Word au format .docx standard</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="37"/>
        <source>not UTF-8 or UTF-16 text (unknown encoding): save it as UTF-8</source>
        <translation>ni du texte UTF-8 ni du texte UTF-16 (codage inconnu) : enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="39"/>
        <source>not a Word document nor a text file (unrecognised binary content)</source>
        <translation>ni un document Word ni un fichier texte (contenu binaire non reconnu)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="42"/>
        <source>unrecognised kind of file ({0})</source>
        <translation>type de fichier non reconnu ({0})</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="43"/>
        <source>it holds proposals ({0}): import it as proposals</source>
        <translation>il contient des propositions ({0}) : importez-le comme propositions</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="45"/>
        <source>no proposal found in it (no MOD, ADD, SUP or NOC line with a proposal id such as ARB/79A3/1): is it a base resolution?</source>
        <translation>aucune proposition n&apos;y a été trouvée (aucune ligne MOD, ADD, SUP ou NOC suivie d&apos;un numéro de proposition tel que ARB/79A3/1) : est-ce une résolution de base ?</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="48"/>
        <source>no proposal in it has a target resolution ({0}: no line like &apos;RÉSOLUTION 101&apos; under it)</source>
        <translation>aucune de ses propositions n&apos;indique la résolution qu&apos;elle vise ({0} : aucune ligne telle que « RÉSOLUTION 101 » sous elle)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="52"/>
        <source>already in the session (as {0})</source>
        <translation>déjà dans la session (sous le nom {0})</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="54"/>
        <source>another document of that name is already in the session: rename the file to import it</source>
        <translation>un autre document de ce nom est déjà dans la session : renommez le fichier pour l&apos;importer</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="57"/>
        <source>Res. {0} is already loaded from {1} (a resolution has one base)</source>
        <translation>la Rés. {0} est déjà chargée depuis {1} (une résolution n&apos;a qu&apos;une base)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="60"/>
        <source>proposals {0} are already loaded from {1}</source>
        <translation>les propositions {0} sont déjà chargées depuis {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="62"/>
        <source>not a Word document (no word/document.xml in the ZIP)</source>
        <translation>pas un document Word (aucun word/document.xml dans le ZIP)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="64"/>
        <source>{0} is not a WordprocessingML document</source>
        <translation>{0} n&apos;est pas un document WordprocessingML</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="67"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="68"/>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="69"/>
        <source>is not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="70"/>
        <location filename="../../editor/ui/error_text.py" line="124"/>
        <source>not a file</source>
        <translation>n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="71"/>
        <source>cannot be read: {0}</source>
        <translation>illisible : {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="72"/>
        <source>cannot be written: {0}</source>
        <translation>impossible d&apos;écrire le fichier : {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="73"/>
        <source>no sample documents found (run resources/samples/build.py)</source>
        <translation>aucun document d&apos;exemple trouvé (lancez resources/samples/build.py)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="75"/>
        <source>empty file (0 bytes)</source>
        <translation>fichier vide (0 octet)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="76"/>
        <source>too big for a text file ({0} MB, limit {1} MB)</source>
        <translation>trop volumineux pour un fichier texte ({0} Mo, limite {1} Mo)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="79"/>
        <source>corrupt or truncated ZIP archive (not a readable .docx)</source>
        <translation>archive ZIP endommagée ou tronquée (pas un .docx lisible)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="81"/>
        <source>cannot open as a ZIP archive: {0}</source>
        <translation>impossible de l&apos;ouvrir comme archive ZIP : {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="83"/>
        <source>uses ZIP features this reader does not support ({0})</source>
        <translation>utilise des fonctions ZIP que ce lecteur ne prend pas en charge ({0})</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="85"/>
        <source>ZIP archive has {0} members (limit {1})</source>
        <translation>l&apos;archive ZIP contient {0} éléments (limite {1})</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="87"/>
        <source>ZIP archive declares over {0} MB uncompressed (ZIP bomb?): refused</source>
        <translation>l&apos;archive ZIP annonce plus de {0} Mo une fois décompressée (bombe ZIP ?) : refusée</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="90"/>
        <source>ZIP member {0} compresses {1}:1 (ZIP bomb?): refused</source>
        <translation>l&apos;élément {0} de l&apos;archive est compressé à {1}:1 (bombe ZIP ?) : refusé</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="93"/>
        <source>{0} inflates past {1} MB (ZIP bomb?): refused</source>
        <translation>{0} dépasse {1} Mo une fois décompressé (bombe ZIP ?) : refusé</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="95"/>
        <source>{0} is encrypted inside the ZIP archive</source>
        <translation>{0} est chiffré dans l&apos;archive ZIP</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="97"/>
        <source>corrupt ZIP member {0}: {1}</source>
        <translation>élément {0} de l&apos;archive ZIP endommagé : {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="99"/>
        <source>{0} uses an unsupported ZIP compression</source>
        <translation>{0} utilise une compression ZIP non prise en charge</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="101"/>
        <source>cannot inflate {0}: {1}</source>
        <translation>impossible de décompresser {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="103"/>
        <source>{0} is empty</source>
        <translation>{0} est vide</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="104"/>
        <source>{0} declares a DTD or entities (unsafe XML): refused</source>
        <translation>{0} déclare une DTD ou des entités (XML dangereux) : refusé</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="106"/>
        <source>{0} declares a DTD (unsafe XML): refused</source>
        <translation>{0} déclare une DTD (XML dangereux) : refusé</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="108"/>
        <source>malformed XML in {0}: {1}</source>
        <translation>XML mal formé dans {0} : {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="110"/>
        <source>XML nested too deeply to be a Word document</source>
        <translation>XML trop profondément imbriqué pour un document Word</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="113"/>
        <source>already open in another Synoptic (user {0}, process {1} on {2}); open it read-only</source>
        <translation>déjà ouverte dans un autre Synoptic (utilisateur {0}, processus {1} sur {2}) ; ouvrez-la en lecture seule</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="116"/>
        <source>already open in another Synoptic (unknown process); open it read-only</source>
        <translation>déjà ouverte dans un autre Synoptic (processus inconnu) ; ouvrez-la en lecture seule</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="119"/>
        <source>could not lock the session file</source>
        <translation>impossible de verrouiller le fichier de session</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="120"/>
        <source>opened read-only: nothing can be changed</source>
        <translation>ouverte en lecture seule : rien ne peut être modifié</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="122"/>
        <source>a file of that name already exists</source>
        <translation>un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="123"/>
        <source>no such session file</source>
        <translation>fichier de session introuvable</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="125"/>
        <source>not a Synoptic session (not an SQLite database)</source>
        <translation>pas une session Synoptic (pas une base de données SQLite)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="127"/>
        <source>not a Synoptic session (an SQLite database of another program)</source>
        <translation>pas une session Synoptic (base de données SQLite d&apos;un autre programme)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="129"/>
        <source>not a Synoptic session (no format version)</source>
        <translation>pas une session Synoptic (aucune version de format)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="131"/>
        <source>made by a newer Synoptic (session format {0}, this one reads up to {1}): update Synoptic to open it</source>
        <translation>créée par un Synoptic plus récent (format de session {0}, celui-ci lit jusqu&apos;au format {1}) : mettez Synoptic à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="134"/>
        <source>an older session format: open it for writing once to upgrade</source>
        <translation>ancien format de session : ouvrez-la une fois en écriture pour la mettre à jour</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="136"/>
        <source>the session file is corrupted ({0})</source>
        <translation>le fichier de session est endommagé ({0})</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="138"/>
        <source>unexpected content in session file: {0}</source>
        <translation>contenu inattendu dans le fichier de session : {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="140"/>
        <source>session file is missing tables: {0}</source>
        <translation>tables absentes du fichier de session : {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="142"/>
        <source>session file table {0} lacks columns: {1}</source>
        <translation>colonnes absentes de la table {0} du fichier de session : {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="144"/>
        <source>session file has unknown decision states: {0}</source>
        <translation>états de décision inconnus dans le fichier de session : {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="146"/>
        <source>could not be saved ({0}): an error in Synoptic, the file is not damaged</source>
        <translation>enregistrement impossible ({0}) : une erreur de Synoptic, le fichier n&apos;est pas endommagé</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="149"/>
        <source>is this session itself: choose a colleague&apos;s session file</source>
        <translation>est cette session elle-même : choisissez le fichier de session d&apos;un collègue</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="151"/>
        <source>not the same documents: only in theirs {0}, only in ours {1}</source>
        <translation>pas les mêmes documents : uniquement dans la sienne {0}, uniquement dans la vôtre {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/error_text.py" line="170"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../editor/ui/exports.py" line="35"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/exports.py" line="36"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/exports.py" line="51"/>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../../editor/ui/exports.py" line="55"/>
        <source>The export failed.</source>
        <translation>L&apos;exportation a échoué.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/exports.py" line="59"/>
        <source>Exported to {0}</source>
        <translation>Exporté vers {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/exports.py" line="61"/>
        <source>%n changes still pending, not applied</source>
        <translation>
            <numerusform>%n modification encore en attente, non appliquée</numerusform>
            <numerusform>%n modifications encore en attente, non appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/exports.py" line="64"/>
        <source>{0}: the changes to provisions {1} could not be placed in the base file and are not in the export</source>
        <translation>
            <numerusform>{0} : les modifications de la disposition {1} n&apos;ont pas pu être placées dans le fichier de base et ne figurent pas dans l&apos;exportation</numerusform>
            <numerusform>{0} : les modifications des dispositions {1} n&apos;ont pas pu être placées dans le fichier de base et ne figurent pas dans l&apos;exportation</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/exports.py" line="66"/>
        <source>The export is incomplete.</source>
        <translation>L&apos;exportation est incomplète.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="18"/>
        <source>Find in every column</source>
        <translation>Rechercher dans toutes les colonnes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="22"/>
        <source>Previous (Shift+Enter)</source>
        <translation>Précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="25"/>
        <source>Next (Enter)</source>
        <translation>Suivant (Entrée)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="28"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="31"/>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/find_bar.py" line="56"/>
        <source>%n found</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="60"/>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="61"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../editor/ui/inspector.py" line="56"/>
        <source>A note for this change</source>
        <translation>Une note sur cette modification</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="57"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="62"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="63"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="64"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="66"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="67"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="71"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="98"/>
        <source> (not placed)</source>
        <translation> (non placée)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="106"/>
        <location filename="../../editor/ui/inspector.py" line="141"/>
        <source>(none given)</source>
        <translation>(aucun motif)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="155"/>
        <source>Conflict with {0}</source>
        <translation>En conflit avec {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="134"/>
        <location filename="../../editor/ui/inspector.py" line="157"/>
        <source>{0} (resolved)</source>
        <translation>{0} (résolu)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="170"/>
        <source>conflict: {0}</source>
        <translation>conflit : {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="131"/>
        <location filename="../../editor/ui/inspector.py" line="172"/>
        <source>{0}, own wording</source>
        <translation>{0}, libellé propre</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="128"/>
        <source>combined text</source>
        <translation>texte combiné</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="132"/>
        <source>Conflict between {0}</source>
        <translation>Conflit entre {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="178"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="179"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="180"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="183"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="184"/>
        <source>new provision</source>
        <translation>nouvelle disposition</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="185"/>
        <source>deleted provision</source>
        <translation>disposition supprimée</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="186"/>
        <source>moved provision</source>
        <translation>disposition déplacée</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="187"/>
        <source>resolution abrogated</source>
        <translation>résolution abrogée</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="188"/>
        <source>new resolution</source>
        <translation>nouvelle résolution</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="189"/>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="190"/>
        <source>footnote text</source>
        <translation>texte de note de bas de page</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="195"/>
        <source>merged from {0}</source>
        <translation>fusionnée depuis {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="196"/>
        <source>individually</source>
        <translation>à l&apos;unité</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="196"/>
        <source>in a batch</source>
        <translation>en bloc</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="197"/>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="197"/>
        <source>redone</source>
        <translation>rétablie</translation>
    </message>
    <message>
        <location filename="../../editor/ui/inspector.py" line="198"/>
        <source>note edited</source>
        <translation>note modifiée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="115"/>
        <source>Resolutions</source>
        <translation>Résolutions</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="116"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="130"/>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="145"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="169"/>
        <source>{0} — read-only</source>
        <translation>{0} — lecture seule</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="202"/>
        <source>Synoptic</source>
        <translation>Synoptic</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="217"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="55"/>
        <source>Decisions imported from {0}</source>
        <translation>Décisions importées de {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="61"/>
        <source>Imported (still pending here):</source>
        <translation>Importées (encore en attente ici) :</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="62"/>
        <source>Decided the same way:</source>
        <translation>Décidées de la même façon :</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="63"/>
        <source>Disagreements (yours kept):</source>
        <translation>Désaccords (les vôtres conservées) :</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="66"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="66"/>
        <source>Yours</source>
        <translation>Les vôtres</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="66"/>
        <source>Theirs</source>
        <translation>Les siennes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="85"/>
        <source>Take theirs for the selected rows</source>
        <translation>Reprendre les siennes pour les lignes choisies</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="96"/>
        <source>Where you decided differently, your decision is kept. Select rows to take theirs instead:</source>
        <translation>Là où vous avez décidé autrement, votre décision est conservée. Choisissez des lignes pour reprendre la sienne :</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="101"/>
        <source>No disagreements.</source>
        <translation>Aucun désaccord.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="107"/>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="108"/>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="109"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../editor/ui/colleagues.py" line="112"/>
        <source>own wording: “{0}”</source>
        <translation>texte propre : « {0} »</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message numerus="yes">
        <location filename="../../editor/ui/navigator.py" line="58"/>
        <source>Waiting for their base: %n proposals</source>
        <translation>
            <numerusform>En attente de leur base : %n proposition</numerusform>
            <numerusform>En attente de leur base : %n propositions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/navigator.py" line="61"/>
        <source>Import the base resolution to compare these proposals.</source>
        <translation>Importez la résolution de base pour comparer ces propositions.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/navigator.py" line="67"/>
        <source>{0} {1} → Res. {2}</source>
        <translation>{0} {1} → Rés. {2}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/navigator.py" line="70"/>
        <source>{0}: import the base of Resolution {1}</source>
        <translation>{0} : importez la base de la Résolution {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/navigator.py" line="76"/>
        <source>Res. {0} — {1} pending</source>
        <translation>Rés. {0} — {1} en attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/navigator.py" line="78"/>
        <source>, %n conflicts</source>
        <translation>
            <numerusform>, %n conflit</numerusform>
            <numerusform>, %n conflits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/navigator.py" line="113"/>
        <source>Consolidate another draft into this one…</source>
        <translation>Consolider un autre projet dans celui-ci…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/navigator.py" line="117"/>
        <source>Set draft {0} apart again</source>
        <translation>Séparer de nouveau le projet {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/navigator.py" line="130"/>
        <source>Consolidate drafts</source>
        <translation>Consolider des projets</translation>
    </message>
    <message>
        <location filename="../../editor/ui/navigator.py" line="131"/>
        <source>Draft {0} becomes the base text; the draft chosen here is compared with it like a proposal:</source>
        <translation>Le projet {0} devient le texte de base ; le projet choisi ici lui est comparé comme une proposition :</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../editor/ui/progress.py" line="16"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="305"/>
        <source>Edit the consolidated provision {0}</source>
        <translation>Modifier la disposition consolidée {0}</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../editor/ui/review.py" line="89"/>
        <source>Base</source>
        <translation>Texte de base</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="90"/>
        <source>Consolidated</source>
        <translation>Texte consolidé</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="91"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="91"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="92"/>
        <source>Preamble</source>
        <translation>Préambule</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="92"/>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="95"/>
        <source>Footnote {0}</source>
        <translation>Note {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review.py" line="164"/>
        <source>{0} of %n decided</source>
        <translation>
            <numerusform>{0} sur %n décidée</numerusform>
            <numerusform>{0} sur %n décidées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review.py" line="165"/>
        <source>, %n conflicts</source>
        <translation>
            <numerusform>, %n conflit</numerusform>
            <numerusform>, %n conflits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="181"/>
        <source>Back to the first pending change of this resolution</source>
        <translation>Retour à la première modification en attente de cette résolution</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="183"/>
        <source>Back to the last pending change of this resolution</source>
        <translation>Retour à la dernière modification en attente de cette résolution</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review.py" line="234"/>
        <source>%n own wordings withdrawn: an accepted change replaces them (Ctrl+Z brings them back)</source>
        <translation>
            <numerusform>%n libellé propre retiré : une modification acceptée le remplace (Ctrl+Z le rétablit)</numerusform>
            <numerusform>%n libellés propres retirés : une modification acceptée les remplace (Ctrl+Z les rétablit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/review.py" line="249"/>
        <source>%n changes in conflict left pending: choose in the conflict picker (Ctrl+K)</source>
        <translation>
            <numerusform>%n modification en conflit laissée en attente : choisissez avec « Résoudre le conflit » (Ctrl+K)</numerusform>
            <numerusform>%n modifications en conflit laissées en attente : choisissez avec « Résoudre le conflit » (Ctrl+K)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="316"/>
        <source>Combined text</source>
        <translation>Texte combiné</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="372"/>
        <location filename="../../editor/ui/review.py" line="382"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="373"/>
        <location filename="../../editor/ui/review.py" line="382"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="374"/>
        <source>Resolve conflict…</source>
        <translation>Résoudre le conflit…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="375"/>
        <source>Edit consolidated text…</source>
        <translation>Modifier le texte consolidé…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="383"/>
        <source>{0} all…</source>
        <translation>{0} tout…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="386"/>
        <source>from {0}</source>
        <translation>de {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="389"/>
        <source>from every {0} proposal</source>
        <translation>de toutes les propositions {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="391"/>
        <source>in this call</source>
        <translation>sous cet intitulé</translation>
    </message>
    <message>
        <location filename="../../editor/ui/review.py" line="392"/>
        <source>in this resolution</source>
        <translation>dans cette résolution</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <location filename="../../editor/ui/sessions.py" line="68"/>
        <source>The session could not be created.</source>
        <translation>La session n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="71"/>
        <source>The session could not be opened.</source>
        <translation>La session n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="97"/>
        <source>The sample session could not be opened.</source>
        <translation>La session d&apos;exemple n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="103"/>
        <source>The session could not be saved.</source>
        <translation>La session n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="152"/>
        <source>The documents could not be read.</source>
        <translation>Les documents n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="155"/>
        <source>Reading documents</source>
        <translation>Lecture des documents</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="162"/>
        <location filename="../../editor/ui/sessions.py" line="263"/>
        <location filename="../../editor/ui/sessions.py" line="278"/>
        <source>The session could not be updated.</source>
        <translation>La session n&apos;a pas pu être mise à jour.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="175"/>
        <source>A base document of this session is not used.</source>
        <translation>Un document de base de cette session n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="199"/>
        <source>Open or create a session first, then import documents.</source>
        <translation>Ouvrez ou créez d&apos;abord une session, puis importez les documents.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="222"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="234"/>
        <source>Some documents could not be imported; the others were.</source>
        <translation>Certains documents n&apos;ont pas pu être importés ; les autres l&apos;ont été.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/sessions.py" line="251"/>
        <source>The document could not be imported.</source>
        <translation>Le document n&apos;a pas pu être importé.</translation>
    </message>
</context>
<context>
    <name>SynopticView</name>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="191"/>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="193"/>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="195"/>
        <source>Collapse unchanged provisions</source>
        <translation>Replier les dispositions inchangées</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="247"/>
        <source>several groups</source>
        <translation>plusieurs groupes</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="248"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="248"/>
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="249"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="249"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location filename="../../editor/ui/synoptic_view.py" line="469"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="50"/>
        <source>&lt;h2&gt;Synoptic&lt;/h2&gt;&lt;p&gt;Consolidate ITU resolutions from the regional proposals.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Synoptic&lt;/h2&gt;&lt;p&gt;Consolider les résolutions de l&apos;UIT à partir des propositions régionales.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="52"/>
        <source>Open the sample session (Res. 101, 102, 139, 172, 177, 179)</source>
        <translation>Ouvrir la session d&apos;exemple (Rés. 101, 102, 139, 172, 177, 179)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="54"/>
        <source>New session…</source>
        <translation>Nouvelle session…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="55"/>
        <source>Open session…</source>
        <translation>Ouvrir une session…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="56"/>
        <source>or drop a session (.synoptic) or Word documents (.docx) here</source>
        <translation>ou déposez ici une session (.synoptic) ou des documents Word (.docx)</translation>
    </message>
</context>
</TS>

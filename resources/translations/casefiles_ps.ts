<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps">
<context>
    <name></name>
    <message>
        <source>Demo store with {n} fictional cases.</source>
        <translation>نمایشي زېرمه له {n} خیالي قضیو سره.</translation>
    </message>
    <message>
        <source>Store created at {path}</source>
        <translation>زېرمه په {path} کې جوړه شوه</translation>
    </message>
    <message>
        <source>Recovery code (shown once; write it down and keep it apart from the laptop):</source>
        <translation>د بیارغونې کوډ (یوازې یو ځل ښودل کېږي؛ ویې لیکئ او له لپټاپ څخه یې جلا وساتئ):</translation>
    </message>
    <message>
        <source>New passphrase set. The recovery code stays valid.</source>
        <translation>نوی پټنوم وټاکل شو. د بیارغونې کوډ لا هم اعتبار لري.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>اوسنی پټنوم: </translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>پټنوم بدل شو.</translation>
    </message>
    <message>
        <source>verify found {n} problem(s).</source>
        <translation>ازموینې (verify) ستونزې وموندې: {n}.</translation>
    </message>
    <message>
        <source>The edit must be a JSON object.</source>
        <translation>سمون باید یو JSON object وي.</translation>
    </message>
    <message>
        <source>Deleting a case cannot be undone; add --yes to confirm.</source>
        <translation>د قضیې ړنګول بېرته نه اړول کېږي؛ د تایید لپاره --yes ورزیات کړئ.</translation>
    </message>
    <message>
        <source>Deleted {code}.</source>
        <translation>{code} ړنګه شوه.</translation>
    </message>
    <message>
        <source>{n} case(s)</source>
        <translation>قضیې: {n}</translation>
    </message>
    <message>
        <source>{shown} of {total} matching case(s), {order}</source>
        <translation>له {total} برابرو قضیو څخه {shown}، {order}</translation>
    </message>
    <message>
        <source>{shown} of {total} matching passage(s) in sources, {order}</source>
        <translation>په سرچینو کې له {total} برابرو ټوټو څخه {shown}، {order}</translation>
    </message>
    <message>
        <source>best first</source>
        <translation>تر ټولو برابرې لومړی</translation>
    </message>
    <message>
        <source>newest first; add words to narrow it</source>
        <translation>نوې لومړی؛ د محدودولو لپاره نورې کلمې ورزیاتې کړئ</translation>
    </message>
    <message>
        <source>Name or ID to look for: </source>
        <translation>د لټون لپاره نوم یا د پېژندنې شمېره: </translation>
    </message>
    <message>
        <source>search text</source>
        <translation>د لټون متن</translation>
    </message>
    <message>
        <source>{n} case(s); this search is recorded in the audit log.</source>
        <translation>قضیې: {n}؛ دا لټون د پلټنې په ثبت کې لیکل کېږي.</translation>
    </message>
    <message>
        <source>Encrypted case files for former Afghan security-force members at risk.</source>
        <translation>د هغو پخوانیو افغان امنیتي ځواکونو د غړو کوډ شوې دوسیې چې له خطر سره مخ دي.</translation>
    </message>
    <message>
        <source>Passphrases are read from the terminal, from standard input (one per line) or from --passphrase-file, never from the command line.</source>
        <translation>پټنومونه له ټرمینل، له معیاري ننوت (په هره کرښه کې یو) یا له --passphrase-file څخه لوستل کېږي، هېڅکله د قوماندې له کرښې نه.</translation>
    </message>
    <message>
        <source>store folder (default: {path})</source>
        <translation>د زېرمې فولډر (ډیفالټ: {path})</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of this file</source>
        <translation>پټنوم د دې فایل له لومړۍ کرښې لوستل</translation>
    </message>
    <message>
        <source>calendar to show dates in first (the other is shown beside)</source>
        <translation>هغه کلیز چې نېټې لومړی پکې ښودل کېږي (بل کلیز یې څنګ ته ښودل کېږي)</translation>
    </message>
    <message>
        <source>create a store and print its recovery code</source>
        <translation>زېرمه جوړول او د بیارغونې کوډ یې ښودل</translation>
    </message>
    <message>
        <source>fill it with the fictional demo cases</source>
        <translation>زېرمه له خیالي نمایشي قضیو ډکول</translation>
    </message>
    <message>
        <source>with --demo: use the published demo passphrase</source>
        <translation>له --demo سره: خپور شوی نمایشي پټنوم کارول</translation>
    </message>
    <message>
        <source>open with the recovery code and set a new passphrase</source>
        <translation>د بیارغونې په کوډ پرانیستل او نوی پټنوم ټاکل</translation>
    </message>
    <message>
        <source>change the passphrase (reads the old, then the new)</source>
        <translation>پټنوم بدلول (لومړی زوړ لولي، بیا نوی)</translation>
    </message>
    <message>
        <source>check encryption, structure, audit chain and index</source>
        <translation>کوډ کېدنه، جوړښت، د پلټنې ځنځیر او فهرست ازمویل</translation>
    </message>
    <message>
        <source>show or change the store&apos;s settings</source>
        <translation>د زېرمې امستنې ښودل یا بدلول</translation>
    </message>
    <message>
        <source>new value (sizes take units: 500MB, 2GB)</source>
        <translation>نوی ارزښت (اندازې له واحد سره لیکل کېږي: 500MB، 2GB)</translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation>د پلټنې ثبت ښودل</translation>
    </message>
    <message>
        <source>only entries about this case</source>
        <translation>یوازې د دې قضیې په اړه لیکنې</translation>
    </message>
    <message>
        <source>add, edit, list and show cases</source>
        <translation>قضیې زیاتول، سمول، لړلیکل او ښودل</translation>
    </message>
    <message>
        <source>add a case from JSON; prints its code</source>
        <translation>له JSON څخه قضیه زیاتول؛ کوډ یې ښيي</translation>
    </message>
    <message>
        <source>change a case with partial JSON</source>
        <translation>قضیه د نیمګړي JSON په مرسته بدلول</translation>
    </message>
    <message>
        <source>delete a case</source>
        <translation>قضیه ړنګول</translation>
    </message>
    <message>
        <source>confirm the deletion</source>
        <translation>د ړنګولو تایید</translation>
    </message>
    <message>
        <source>list cases</source>
        <translation>د قضیو لړلیک</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>یوه قضیه ښودل</translation>
    </message>
    <message>
        <source>include the identity record (recorded in the audit log)</source>
        <translation>د هویت معلومات هم پکې شاملول (د پلټنې په ثبت کې لیکل کېږي)</translation>
    </message>
    <message>
        <source>full-text search over cases and source text (never identity)</source>
        <translation>په قضیو او د سرچینو په متن کې بشپړ لټون (هېڅکله په هویت کې نه)</translation>
    </message>
    <message>
        <source>look a person up by name or ID number (prompts for it; audited)</source>
        <translation>د نوم یا د پېژندنې شمېرې له مخې د یو کس لټون (پوښتنه یې کوي؛ د پلټنې په ثبت کې لیکل کېږي)</translation>
    </message>
    <message>
        <source>casefiles-cli: warning: {problem}</source>
        <translation>casefiles-cli: خبرداری: {problem}</translation>
    </message>
    <message>
        <source>Backed up to {path} and verified ({size}).</source>
        <translation>بېک‌اپ په {path} کې واخیستل شو او وازمویل شو ({size}).</translation>
    </message>
    <message>
        <source>SHA-256: {sha256}</source>
        <translation>SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Keep it on another disk, away from this computer. It opens with this store&apos;s passphrase or its recovery code.</source>
        <translation>په بل ډیسک کې یې له دې کمپیوټر لرې وساتئ. دا د دې زېرمې په پټنوم یا د بیارغونې په کوډ پرانیستل کېږي.</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>د بېک‌اپ پټنوم: </translation>
    </message>
    <message>
        <source>Restored the backup of {at} to {path}; verify found the problems below (the store had them when it was backed up).</source>
        <translation>د {at} بېک‌اپ {path} ته بېرته راوستل شو؛ ازموینې (verify) لاندې ستونزې وموندې (زېرمې د بېک‌اپ اخیستلو پر مهال همدا ستونزې درلودې).</translation>
    </message>
    <message>
        <source>Restored the backup of {at} to {path}; it verifies.</source>
        <translation>د {at} بېک‌اپ {path} ته بېرته راوستل شو؛ ازموینه یې سمه ده.</translation>
    </message>
    <message>
        <source>It opens with the passphrase the store had then; if that is forgotten, set a new one with `casefiles-cli --store {path} recover`.</source>
        <translation>دا په هغه پټنوم پرانیستل کېږي چې زېرمې هغه وخت درلود؛ که هغه مو هېر وي، نوی پټنوم په `casefiles-cli --store {path} recover` وټاکئ.</translation>
    </message>
    <message>
        <source>write one encrypted, verified backup file of the whole store</source>
        <translation>د ټولې زېرمې یو کوډ شوی او ازمویل شوی بېک‌اپ فایل لیکل</translation>
    </message>
    <message>
        <source>the backup file to write (e.g. on a USB stick)</source>
        <translation>هغه بېک‌اپ فایل چې لیکل کېږي (د بېلګې په توګه په USB فلش کې)</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>که FILE شته وي، ځای یې نیول</translation>
    </message>
    <message>
        <source>turn a backup file into a store in a new folder</source>
        <translation>بېک‌اپ فایل په یوه نوي فولډر کې په زېرمه بدلول</translation>
    </message>
    <message>
        <source>the new store folder (absent or empty)</source>
        <translation>د زېرمې نوی فولډر (باید نه وي یا تش وي)</translation>
    </message>
    <message>
        <source>unlock the backup with the recovery code instead of the passphrase</source>
        <translation>بېک‌اپ د پټنوم پر ځای د بیارغونې په کوډ خلاصول</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} نه لوستل کېږي: {reason}</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} د UTF-8 متن نه دی.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {col}: {msg}).</source>
        <translation>{path} سم JSON نه دی (کرښه {line}، ستون {col}: {msg}).</translation>
    </message>
    <message>
        <source>{path} is JSON no case can be: it nests too deeply or holds a number thousands of digits long.</source>
        <translation>{path} داسې JSON دی چې هېڅ قضیه نه شي کېدای: ډېر ژور سره ننوتی دی یا زرګونه عددي رقمونه لري.</translation>
    </message>
    <message>
        <source>{path} is a folder; name the file to write in it.</source>
        <translation>{path} فولډر دی؛ د هغه فایل نوم ورکړئ چې پکې لیکل کېږي.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or add --force.</source>
        <translation>{path} له مخکې شته؛ بل نوم وټاکئ یا --force ورزیات کړئ.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} فولډر نه دی.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>فولډر {path} نشته.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} نه لیکل کېږي: {reason}</translation>
    </message>
    <message>
        <source>--sections names no section; the sections are: {all}.</source>
        <translation>--sections هېڅ برخه نه ټاکي؛ برخې دا دي: {all}.</translation>
    </message>
    <message>
        <source>Wrote a dossier of {pages} pages to {path} (SHA-256 {sha}).</source>
        <translation>د {pages} مخونو دوسیه په {path} کې ولیکل شوه (SHA-256 {sha}).</translation>
    </message>
    <message>
        <source>write a case&apos;s PDF dossier under a redaction profile</source>
        <translation>د قضیې PDF دوسیه د پټولو د یوه پروفایل له مخې لیکل</translation>
    </message>
    <message>
        <source>who it is for: decides every field shown</source>
        <translation>د چا لپاره ده: هره ښودل شوې ساحه همدا ټاکي</translation>
    </message>
    <message>
        <source>the dossier&apos;s language (fa: Dari, right to left)</source>
        <translation>د دوسیې ژبه (fa: دري، له ښي څخه کیڼ لوري ته)</translation>
    </message>
    <message>
        <source>only these sections: {all}</source>
        <translation>یوازې دا برخې: {all}</translation>
    </message>
    <message>
        <source>leave out the exhibits&apos; originals</source>
        <translation>د ضمیمو اصلي فایلونه نه شاملول</translation>
    </message>
    <message>
        <source>the organisation or caseworker named on the cover</source>
        <translation>هغه سازمان یا د قضیې مسؤل چې نوم یې په پوښ راځي</translation>
    </message>
    <message>
        <source>Give either --to PARTNER... or --bundle-passphrase-file.</source>
        <translation>یا --to PARTNER... ورکړئ یا --bundle-passphrase-file.</translation>
    </message>
    <message>
        <source>Wrote {path}: {cases} case(s), {sources} source(s) ({originals} with the original) under {profile}, for {to}.</source>
        <translation>{path} ولیکل شو: {cases} قضیې، {sources} سرچینې ({originals} یې له اصلي فایل سره) د {profile} پروفایل له مخې، د {to} لپاره.</translation>
    </message>
    <message>
        <source>{n} cited source(s) were kept back by the profile.</source>
        <translation>{n} حواله شوې سرچینې د پروفایل له امله شاملې نه شوې.</translation>
    </message>
    <message>
        <source>SHA-256: {sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
    <message>
        <source>--choose {item!r}: write CODE:PATH=ours or CODE:PATH=theirs.</source>
        <translation>--choose {item!r}: CODE:PATH=ours یا CODE:PATH=theirs ولیکئ.</translation>
    </message>
    <message>
        <source>{flag} {item!r}: write THEIR-CODE=OUR-CODE.</source>
        <translation>{flag} {item!r}: THEIR-CODE=OUR-CODE ولیکئ.</translation>
    </message>
    <message>
        <source>UNKNOWN key (not in the address book)</source>
        <translation>نامعلومه کیلي (د پتو په کتاب کې نشته)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تایید شوی</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>تایید شوی نه دی</translation>
    </message>
    <message>
        <source>Signed by: {signer} ({status}); sender says {sender}; profile {profile}; made {created}</source>
        <translation>لاسلیک کوونکی: {signer} ({status})؛ لېږونکی وايي: {sender}؛ پروفایل: {profile}؛ جوړ شوی: {created}</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(نشته)</translation>
    </message>
    <message>
        <source>likely the same person as {code} ({pseudonym}): {why}</source>
        <translation>ښايي هماغه کس وي چې {code} ({pseudonym}) دی: {why}</translation>
    </message>
    <message>
        <source>{n} new citation(s)</source>
        <translation>نوې حوالې: {n}</translation>
    </message>
    <message>
        <source>Nothing to import: the store already holds everything in this bundle.</source>
        <translation>د راوړلو لپاره څه نشته: زېرمه د دې بستې هر څه له مخکې لري.</translation>
    </message>
    <message>
        <source>Imported: {added} new case(s), {updated} updated, {unchanged} unchanged; {sources} new source(s), {citations} new citation(s).</source>
        <translation>راوړل شول: {added} نوې قضیې، {updated} تازه شوې، {unchanged} نابدله؛ {sources} نوې سرچینې، {citations} نوې حوالې.</translation>
    </message>
    <message>
        <source>Chose {side} for {key}.</source>
        <translation>د {key} لپاره {side} وټاکل شو.</translation>
    </message>
    <message>
        <source>Linked {code} with {other}: {relation}.</source>
        <translation>{code} له {other} سره ونښلول شوه: {relation}.</translation>
    </message>
    <message>
        <source>{code} may be the same person as {others}: check, and link them if so (casefiles-cli case link).</source>
        <translation>{code} ښايي هماغه کس وي چې {others}: وګورئ، که داسې وي ویې نښلوئ (casefiles-cli case link).</translation>
    </message>
    <message>
        <source>export cases into an encrypted bundle for partners</source>
        <translation>همکارانو ته په یوه کوډ شوې بسته کې قضیې صادرول</translation>
    </message>
    <message>
        <source>partners (name or id in the address book) to encrypt to</source>
        <translation>هغه همکاران (د پتو په کتاب کې نوم یا id) چې بسته ورته کوډ کېږي</translation>
    </message>
    <message>
        <source>encrypt to the passphrase on this file&apos;s first line instead</source>
        <translation>د همکارانو پر ځای، د دې فایل د لومړۍ کرښې په پټنوم کوډ کول</translation>
    </message>
    <message>
        <source>redaction profile: {names}</source>
        <translation>د پټولو پروفایل: {names}</translation>
    </message>
    <message>
        <source>your organisation&apos;s name, for the manifest</source>
        <translation>ستاسو د سازمان نوم، د مانیفیسټ لپاره</translation>
    </message>
    <message>
        <source>leave the cited sources out</source>
        <translation>حواله شوې سرچینې نه شاملول</translation>
    </message>
    <message>
        <source>also export to partners whose fingerprint was not compared</source>
        <translation>هغو همکارانو ته هم صادرول چې ګوتنښه یې نه ده پرتله شوې</translation>
    </message>
    <message>
        <source>import a bundle from a partner (preview with --dry-run)</source>
        <translation>له همکار څخه بسته راوړل (مخکتنه له --dry-run سره)</translation>
    </message>
    <message>
        <source>show what would be imported and write nothing</source>
        <translation>ښودل چې څه به راوړل شي، او هېڅ نه لیکل</translation>
    </message>
    <message>
        <source>open a bundle made to a passphrase (this file&apos;s first line)</source>
        <translation>هغه بسته پرانیستل چې په پټنوم کوډ شوې (د دې فایل لومړۍ کرښه)</translation>
    </message>
    <message>
        <source>settle one conflict (PATH * for all of a case&apos;s conflicts)</source>
        <translation>یو ټکر حلول (PATH * د یوې قضیې د ټولو ټکرونو لپاره)</translation>
    </message>
    <message>
        <source>a likely duplicate is the same person: link the two cases</source>
        <translation>احتمالي تکرار هماغه کس دی: دواړه قضیې نښلول</translation>
    </message>
    <message>
        <source>a likely duplicate is another person: do not offer it again</source>
        <translation>احتمالي تکرار بل کس دی: بیا یې نه وړاندې کول</translation>
    </message>
    <message>
        <source>import even though the signing key is not in the address book</source>
        <translation>راوړل، که څه هم د لاسلیک کیلي د پتو په کتاب کې نشته</translation>
    </message>
    <message>
        <source>{path}: the QR code is written as a .png or .svg file; name the file with one of those extensions.</source>
        <translation>{path}: QR کوډ د .png یا .svg فایل په توګه لیکل کېږي؛ فایل ته له دې دوو پسوندونو څخه یو ورکړئ.</translation>
    </message>
    <message>
        <source>This organisation&apos;s name is now {name}.</source>
        <translation>د دې سازمان نوم اوس {name} دی.</translation>
    </message>
    <message>
        <source>This organisation&apos;s name is cleared.</source>
        <translation>د دې سازمان نوم پاک شو.</translation>
    </message>
    <message>
        <source>(no name set: `keys name ORG` sets it)</source>
        <translation>(نوم نه دی ټاکل شوی: `keys name ORG` یې ټاکي)</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>ګوتنښه: {fingerprint}</translation>
    </message>
    <message>
        <source>Wrote the card&apos;s QR code to {path}.</source>
        <translation>د کارت QR کوډ په {path} کې ولیکل شو.</translation>
    </message>
    <message>
        <source>Added {name} ({status}).</source>
        <translation>{name} زیات شو ({status}).</translation>
    </message>
    <message>
        <source>Compare the fingerprint with {name} by phone or in person, then run `partner verify`.</source>
        <translation>ګوتنښه له {name} سره په تلیفون یا مخامخ پرتله کړئ، بیا `partner verify` وچلوئ.</translation>
    </message>
    <message>
        <source>{n} partner(s)</source>
        <translation>همکاران: {n}</translation>
    </message>
    <message>
        <source>{name} is marked verified.</source>
        <translation>{name} د تایید شوي په توګه په نښه شو.</translation>
    </message>
    <message>
        <source>It must be the fingerprint {name} reads out to you from their own casefiles (`keys show`); if it is not, remove the partner.</source>
        <translation>دا باید هغه ګوتنښه وي چې {name} یې تاسو ته د خپل casefiles (`keys show`) څخه لولي؛ که نه وي، همکار لرې کړئ.</translation>
    </message>
    <message>
        <source>Removing a partner cannot be undone; add --yes to confirm.</source>
        <translation>د همکار لرې کول بېرته نه اړول کېږي؛ د تایید لپاره --yes ورزیات کړئ.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} لرې شو.</translation>
    </message>
    <message>
        <source>show this store&apos;s organisation card</source>
        <translation>د دې زېرمې د سازمان کارت ښودل</translation>
    </message>
    <message>
        <source>print the organisation card and its fingerprint</source>
        <translation>د سازمان کارت او ګوتنښه یې ښودل</translation>
    </message>
    <message>
        <source>also write the card as a QR code image</source>
        <translation>کارت د QR کوډ د انځور په توګه هم لیکل</translation>
    </message>
    <message>
        <source>replace the QR file if it exists</source>
        <translation>که QR فایل شته وي، ځای یې نیول</translation>
    </message>
    <message>
        <source>put this name in the card instead of the one set with `keys name`</source>
        <translation>د `keys name` په واسطه د ټاکل شوي نوم پر ځای دا نوم په کارت کې اچول</translation>
    </message>
    <message>
        <source>show or set this organisation&apos;s name (for its card and bundles)</source>
        <translation>د دې سازمان نوم ښودل یا ټاکل (د کارت او بستو لپاره)</translation>
    </message>
    <message>
        <source>the new name (&quot;&quot; clears it)</source>
        <translation>نوی نوم (&quot;&quot; یې پاکوي)</translation>
    </message>
    <message>
        <source>the address book of partner organisations</source>
        <translation>د همکارو سازمانونو د پتو کتاب</translation>
    </message>
    <message>
        <source>add a partner organisation from its card</source>
        <translation>همکار سازمان د هغه له کارت څخه زیاتول</translation>
    </message>
    <message>
        <source>the fingerprint was already compared with the partner</source>
        <translation>ګوتنښه له مخکې له همکار سره پرتله شوې</translation>
    </message>
    <message>
        <source>list partner organisations</source>
        <translation>د همکارو سازمانونو لړلیک</translation>
    </message>
    <message>
        <source>mark a partner verified (its fingerprint was compared)</source>
        <translation>همکار د تایید شوي په توګه په نښه کول (ګوتنښه یې پرتله شوې)</translation>
    </message>
    <message>
        <source>the fingerprint the partner read out; it must match</source>
        <translation>هغه ګوتنښه چې همکار ولوستله؛ باید برابره وي</translation>
    </message>
    <message>
        <source>remove a partner from the address book</source>
        <translation>همکار د پتو له کتاب څخه لرې کول</translation>
    </message>
    <message>
        <source>confirm the removal</source>
        <translation>د لرې کولو تایید</translation>
    </message>
    <message>
        <source>{code} and {other}: {relation}.</source>
        <translation>{code} او {other}: {relation}.</translation>
    </message>
    <message>
        <source>The decision about {code} and {other} is forgotten.</source>
        <translation>د {code} او {other} په اړه پرېکړه هېره شوه.</translation>
    </message>
    <message>
        <source>No likely duplicates of {code} wait for a decision.</source>
        <translation>د {code} هېڅ احتمالي تکرار پرېکړې ته په تمه نه دی.</translation>
    </message>
    <message>
        <source>record that two cases are the same person (or, with --not-same, that they are not)</source>
        <translation>ثبتول چې دوې قضیې د یو کس دي (یا، له --not-same سره، چې نه دي)</translation>
    </message>
    <message>
        <source>they are different people: do not offer the pair again</source>
        <translation>بېل کسان دي: دا جوړه بیا نه وړاندې کول</translation>
    </message>
    <message>
        <source>why (kept with the decision)</source>
        <translation>ولې (له پرېکړې سره ساتل کېږي)</translation>
    </message>
    <message>
        <source>forget the decision about two cases</source>
        <translation>د دوو قضیو په اړه پرېکړه هېرول</translation>
    </message>
    <message>
        <source>list the cases that may be the same person as this one</source>
        <translation>د هغو قضیو لړلیک چې ښايي د همدې کس وي</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>کوډ</translation>
    </message>
    <message>
        <source>PSEUDONYM</source>
        <translation>مستعار نوم</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>پړاو</translation>
    </message>
    <message>
        <source>PROVINCE</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>INSTITUTION</source>
        <translation>اداره</translation>
    </message>
    <message>
        <source>SITUATION</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation>پېښې</translation>
    </message>
    <message>
        <source>Identity withheld (show it with --reveal-identity; that is audited)</source>
        <translation>هویت پټ ساتل شوی (له --reveal-identity سره یې ښکاره کړئ؛ دا د پلټنې په ثبت کې لیکل کېږي)</translation>
    </message>
    <message>
        <source>Identity (revealed; this viewing is recorded in the audit log)</source>
        <translation>هویت (ښکاره شوی؛ دا کتنه د پلټنې په ثبت کې لیکل کېږي)</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>حوالې</translation>
    </message>
    <message>
        <source>source {source}</source>
        <translation>سرچینه {source}</translation>
    </message>
    <message>
        <source>  (quote not found in the source&apos;s text)</source>
        <translation>  (اقتباس د سرچینې په متن کې ونه موندل شو)</translation>
    </message>
    <message>
        <source>Share log</source>
        <translation>د شریکولو ثبت</translation>
    </message>
    <message>
        <source>No {what} on standard input.</source>
        <translation>په معیاري ننوت کې {what} نشته.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}</source>
        <translation>د پټنوم فایل {path} نه لوستل کېږي: {reason}</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>پټنوم: </translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>نوی پټنوم</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>نوی پټنوم: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>نوی پټنوم بیا ولیکئ: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>دواړه پټنومونه سره توپیر لري؛ هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>د بیارغونې کوډ: </translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>د بیارغونې کوډ</translation>
    </message>
    <message>
        <source>The {what} is not {encoding} text.</source>
        <translation>{what} د {encoding} متن نه دی.</translation>
    </message>
    <message>
        <source>Read {what} (SHA-256 {sha})</source>
        <translation>{what} ولوستل شو (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>ستونونه:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(نه راوړل کېږي)</translation>
    </message>
    <message>
        <source>  (identity: withheld from lists, search and exports)</source>
        <translation>  (هویت: له لړلیکونو، لټون او صادراتو څخه پټ ساتل کېږي)</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>رد شوي:</translation>
    </message>
    <message>
        <source>This file was imported before ({at}); importing it again adds every case a second time.</source>
        <translation>دا فایل مخکې ({at}) راوړل شوی؛ بیا راوړل یې هره قضیه دوهم ځل زیاتوي.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>خبرداري:</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>ازمېښتي چلول: هېڅ شی ونه لیکل شو.</translation>
    </message>
    <message>
        <source>Imported {n} case(s):</source>
        <translation>راوړل شوې قضیې ({n}):</translation>
    </message>
    <message>
        <source>Nothing to import: no row of {name} can become a case.</source>
        <translation>د راوړلو لپاره څه نشته: د {name} هېڅ قطار په قضیه نه شي بدلېدای.</translation>
    </message>
    <message>
        <source>Add --yes to write it anyway.</source>
        <translation>که بیا هم یې لیکل غواړئ، --yes ورزیات کړئ.</translation>
    </message>
    <message>
        <source>casefiles-cli: warning: {warning}</source>
        <translation>casefiles-cli: خبرداری: {warning}</translation>
    </message>
    <message>
        <source>casefiles-cli: warning: {leak}</source>
        <translation>casefiles-cli: خبرداری: {leak}</translation>
    </message>
    <message>
        <source>Wrote {n} case(s) to {path} ({format}, profile {profile}, NOT encrypted; SHA-256 {sha}).</source>
        <translation>په {path} کې ولیکل شوې قضیې: {n} ({format}، پروفایل {profile}، کوډ شوې نه دي؛ SHA-256 {sha}).</translation>
    </message>
    <message>
        <source>import cases from a CSV file or an Excel workbook (preview first)</source>
        <translation>له CSV فایل یا Excel فایل څخه قضیې راوړل (لومړی مخکتنه)</translation>
    </message>
    <message>
        <source>the column mapping (default: proposed from the headings)</source>
        <translation>د ستونونو تطبیق (ډیفالټ: له سرلیکونو وړاندیز شوی)</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet (default: first)</source>
        <translation>د Excel فایل پاڼه (ډیفالټ: لومړۍ)</translation>
    </message>
    <message>
        <source>show what would be imported; write nothing</source>
        <translation>ښودل چې څه به راوړل شي؛ هېڅ نه لیکل</translation>
    </message>
    <message>
        <source>write the mapping used to PATH (unmapped headings as null), to correct and pass as --mapping</source>
        <translation>کارول شوی تطبیق په PATH کې لیکل (نا تطبیق شوي سرلیکونه د null په توګه)، څو سم شي او د --mapping په توګه ورکړل شي</translation>
    </message>
    <message>
        <source>write cases to a plain CSV or JSON file (NOT encrypted) under a redaction profile</source>
        <translation>قضیې د پټولو د یوه پروفایل له مخې په ساده CSV یا JSON فایل کې لیکل (کوډ شوی نه دی)</translation>
    </message>
    <message>
        <source>who it is for: decides every field written</source>
        <translation>د چا لپاره دی: هره لیکل شوې ساحه همدا ټاکي</translation>
    </message>
    <message>
        <source>only these cases (default: every case)</source>
        <translation>یوازې دا قضیې (ډیفالټ: ټولې قضیې)</translation>
    </message>
    <message>
        <source>confirm that an unencrypted file may be written</source>
        <translation>تاییدول چې نا کوډ شوی فایل لیکل کېدای شي</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>ولایتونه</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>ادارې</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>دندې</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>پېښې</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>هېوادونه</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>نېټې</translation>
    </message>
    <message>
        <source>extracted</source>
        <translation>ایستل شوی</translation>
    </message>
    <message>
        <source>none (kept as the original only)</source>
        <translation>هېڅ (یوازې اصلي فایل ساتل شوی)</translation>
    </message>
    <message>
        <source>FAILED: the original is kept, but its text could not be read</source>
        <translation>ناکام: اصلي فایل ساتل شوی، خو متن یې ونه لوستل شو</translation>
    </message>
    <message>
        <source>Title:      {v}</source>
        <translation>سرلیک:      {v}</translation>
    </message>
    <message>
        <source>Type:       {v}</source>
        <translation>ډول:        {v}</translation>
    </message>
    <message>
        <source>File:       {name} ({kind}, {media}, {size})</source>
        <translation>فایل:       {name} ({kind}، {media}، {size})</translation>
    </message>
    <message>
        <source>SHA-256:    {v}</source>
        <translation>SHA-256:    {v}</translation>
    </message>
    <message>
        <source>Text:       {v}</source>
        <translation>متن:        {v}</translation>
    </message>
    <message>
        <source>Proposed by the document (check them):</source>
        <translation>هغه څه چې سند یې وړاندیز کوي (ویې ګورئ):</translation>
    </message>
    <message>
        <source>Mentions:</source>
        <translation>یادونې:</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>یادښت: {note}</translation>
    </message>
    <message>
        <source>{n} source(s)</source>
        <translation>سرچینې: {n}</translation>
    </message>
    <message>
        <source>Published:  {v}</source>
        <translation>خپور شوی:   {v}</translation>
    </message>
    <message>
        <source>Note:       {v}</source>
        <translation>یادښت:      {v}</translation>
    </message>
    <message>
        <source>Cited by:</source>
        <translation>حواله ورکوونکې قضیې:</translation>
    </message>
    <message>
        <source>(quote not found in the text)</source>
        <translation>(اقتباس په متن کې ونه موندل شو)</translation>
    </message>
    <message>
        <source>Source {id} has no stored original (metadata only).</source>
        <translation>د {id} سرچینې اصلي فایل نه دی ساتل شوی (یوازې مېټاډېټا).</translation>
    </message>
    <message>
        <source>Wrote the original of source {id} to {path}.</source>
        <translation>د {id} سرچینې اصلي فایل په {path} کې ولیکل شو.</translation>
    </message>
    <message>
        <source>Case {code} has {n} incident(s); there is no incident {i}.</source>
        <translation>د {code} قضیې پېښې: {n}؛ پېښه {i} نشته.</translation>
    </message>
    <message>
        <source>Warning: the quote was not found in the source&apos;s text; check it against the original.</source>
        <translation>خبرداری: اقتباس د سرچینې په متن کې ونه موندل شو؛ له اصلي فایل سره یې پرتله کړئ.</translation>
    </message>
    <message>
        <source>The quote was found in the source&apos;s text.</source>
        <translation>اقتباس د سرچینې په متن کې وموندل شو.</translation>
    </message>
    <message>
        <source>add, list, show and export sources</source>
        <translation>سرچینې زیاتول، لړلیکل، ښودل او صادرول</translation>
    </message>
    <message>
        <source>ingest a file (PDF, web page, text, DOCX, image, audio, video); prints the source id</source>
        <translation>یو فایل زېرمې ته ننه ایستل (PDF، وېب پاڼه، متن، DOCX، انځور، غږ، ویډیو)؛ د سرچینې id ښيي</translation>
    </message>
    <message>
        <source>list sources</source>
        <translation>د سرچینو لړلیک</translation>
    </message>
    <message>
        <source>show a source</source>
        <translation>سرچینه ښودل</translation>
    </message>
    <message>
        <source>print the working text</source>
        <translation>کاري متن ښودل</translation>
    </message>
    <message>
        <source>write the untouched original to a file</source>
        <translation>اصلي فایل پرته له بدلون څخه په یوه فایل کې لیکل</translation>
    </message>
    <message>
        <source>replace PATH if it exists</source>
        <translation>که PATH شته وي، ځای یې نیول</translation>
    </message>
    <message>
        <source>cite a source for a case (or one of its incidents)</source>
        <translation>د یوې قضیې (یا د هغې د یوې پېښې) لپاره سرچینې ته حواله ورکول</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>د سرچینې id</translation>
    </message>
    <message>
        <source>incident number as in `case show`, or its uuid</source>
        <translation>د پېښې شمېره لکه په `case show` کې، یا د هغې uuid</translation>
    </message>
    <message>
        <source>e.g. &quot;p. 4&quot;</source>
        <translation>لکه &quot;مخ 4&quot;</translation>
    </message>
    <message>
        <source>What a wipe cannot reach:</source>
        <translation>هغه څه چې ړنګول ورته نه شي رسېدای:</translation>
    </message>
    <message>
        <source>EMERGENCY WIPE of the store at {path}: its key slots and database are destroyed for good. There is no undo, and the recovery code will not help.</source>
        <translation>د {path} زېرمې بیړنی ړنګول: د کیلي ځایونه او ډېټابېس یې د تل لپاره له منځه ځي. بېرته اړول نشته، او د بیارغونې کوډ به هم مرسته ونه کړي.</translation>
    </message>
    <message>
        <source>Type {word} (or the folder&apos;s name, {name}) to destroy it now: </source>
        <translation>د همدا اوس له منځه وړلو لپاره {word} (یا د فولډر نوم، {name}) ولیکئ: </translation>
    </message>
    <message>
        <source>Not confirmed: nothing was wiped.</source>
        <translation>تایید نه شو: هېڅ شی ړنګ نه شو.</translation>
    </message>
    <message>
        <source>The store can no longer be opened, but not everything could be removed (see above).</source>
        <translation>زېرمه نور نه شي پرانیستل کېدای، خو ټول شیان لرې نه شول (پورته وګورئ).</translation>
    </message>
    <message>
        <source>The key slots could NOT be destroyed: the store may still be opened (see above).</source>
        <translation>د کیلي ځایونه له منځه نه شول وړل کېدای: زېرمه لا هم پرانیستل کېدای شي (پورته وګورئ).</translation>
    </message>
    <message>
        <source>EMERGENCY: destroy the store for good (no passphrase needed; asks for the word {word})</source>
        <translation>بیړنی: زېرمه د تل لپاره له منځه وړل (پټنوم ته اړتیا نشته؛ د {word} کلمه غواړي)</translation>
    </message>
    <message>
        <source>the store folder to destroy</source>
        <translation>د زېرمې هغه فولډر چې له منځه وړل کېږي</translation>
    </message>
    <message>
        <source>do not ask: for scripts (nothing is confirmed interactively)</source>
        <translation>پوښتنه نه کول: د سکرېپټونو لپاره (هېڅ شی په متقابل ډول نه تاییدېږي)</translation>
    </message>
    <message>
        <source>A dossier can be written in {langs}, not {lang!r}.</source>
        <translation>دوسیه په {langs} لیکل کېدای شي، نه په {lang!r}.</translation>
    </message>
    <message>
        <source>Unknown dossier section(s): {names}. The sections are: {all}.</source>
        <translation>د دوسیې نامعلومې برخې: {names}. برخې دا دي: {all}.</translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation>د قضیې لوستل</translation>
    </message>
    <message>
        <source>Laying out the dossier</source>
        <translation>د دوسیې ترتیبول</translation>
    </message>
    <message>
        <source>Appending the annexes</source>
        <translation>د ضمیمو ورګډول</translation>
    </message>
    <message>
        <source>Wrong passphrase: the store was not opened.</source>
        <translation>ناسم پټنوم: زېرمه پرانیستل نه شوه.</translation>
    </message>
    <message>
        <source>Wrong recovery code: the store was not opened.</source>
        <translation>ناسم د بیارغونې کوډ: زېرمه پرانیستل نه شوه.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it is not the one the store had when this backup was made. Nothing was restored.</source>
        <translation>ناسم پټنوم: دا هغه پټنوم نه دی چې زېرمې د دې بېک‌اپ د اخیستلو پر مهال درلود. هېڅ شی بېرته رانه وستل شو.</translation>
    </message>
    <message>
        <source>Wrong recovery code: it is not the recovery code of the store this backup was made from. Nothing was restored.</source>
        <translation>ناسم د بیارغونې کوډ: دا د هغې زېرمې د بیارغونې کوډ نه دی چې دا بېک‌اپ ترې اخیستل شوی. هېڅ شی بېرته رانه وستل شو.</translation>
    </message>
    <message>
        <source>This file is not an encrypted casefiles bundle (not in the age format, or its beginning is damaged).</source>
        <translation>دا فایل د casefiles کوډ شوې بسته نه ده (د age په بڼه نه دی، یا یې پیل زیانمن شوی).</translation>
    </message>
    <message>
        <source>The bundle is damaged or incomplete: its encrypted content fails the integrity check after {size} bytes (altered or truncated). Ask the sender for a new copy.</source>
        <translation>بسته زیانمنه یا نیمګړې ده: کوډ شوې منځپانګه یې له {size} بایټه وروسته د بشپړتیا په ازموینه کې ناکامېږي (بدله شوې یا پرې شوې). له لېږونکي څخه نوې کاپي وغواړئ.</translation>
    </message>
    <message>
        <source>{key!r} is not an age public key (they begin with &quot;age1&quot;)</source>
        <translation>{key!r} د age عامه کیلي نه ده (دا کیلي په &quot;age1&quot; پیلېږي)</translation>
    </message>
    <message>
        <source>A bundle needs at least one recipient or a passphrase.</source>
        <translation>بسته لږ تر لږه یو ترلاسه کوونکي یا یو پټنوم ته اړتیا لري.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header was altered.</source>
        <translation>د بستې سرپاڼه بدله شوې ده.</translation>
    </message>
    <message>
        <source>This bundle is encrypted to organisation keys, not to a passphrase: open it with your organisation&apos;s key.</source>
        <translation>دا بسته د سازمانونو کیلي ته کوډ شوې، نه پټنوم ته: د خپل سازمان په کیلي یې پرانیزئ.</translation>
    </message>
    <message>
        <source>The bundle&apos;s passphrase protection uses parameters casefiles does not accept (scrypt work factor 2^{n}).</source>
        <translation>د بستې د پټنوم ساتنه داسې پارامیټرونه کاروي چې casefiles یې نه مني (د scrypt د کار فکتور 2^{n}).</translation>
    </message>
    <message>
        <source>Wrong passphrase: the bundle was not opened.</source>
        <translation>ناسم پټنوم: بسته پرانیستل نه شوه.</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase, not addressed to a key: open it with the passphrase the sender gave you.</source>
        <translation>دا بسته په پټنوم ساتل شوې، کومې کیلي ته نه ده لېږل شوې: په هغه پټنوم یې پرانیزئ چې لېږونکي درکړی.</translation>
    </message>
    <message>
        <source>The organisation&apos;s age identity is not valid.</source>
        <translation>د سازمان age identity (خصوصي کیلي) سمه نه ده.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this organisation&apos;s key (or its header was altered).</source>
        <translation>دا بسته د دې سازمان کیلي ته نه ده لېږل شوې (یا یې سرپاڼه بدله شوې).</translation>
    </message>
    <message>
        <source>The bundle is signed by {sender}&apos;s key, which is not in your address book: add and verify the partner first.</source>
        <translation>بسته د {sender} په کیلي لاسلیک شوې، چې ستاسو د پتو په کتاب کې نشته: لومړی همکار زیات او تایید کړئ.</translation>
    </message>
    <message>
        <source>Open a bundle either with the organisation&apos;s key or with a passphrase.</source>
        <translation>بسته یا د سازمان په کیلي پرانیزئ یا په پټنوم.</translation>
    </message>
    <message>
        <source>The bundle holds data after the end of its archive; it was refused.</source>
        <translation>بسته د خپل آرشیف له پای وروسته معلومات لري؛ رد شوه.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not a complete tar archive (damaged, or not made by casefiles).</source>
        <translation>د بستې منځپانګه بشپړ tar آرشیف نه دی (زیانمن دی، یا د casefiles له خوا نه دی جوړ شوی).</translation>
    </message>
    <message>
        <source>The bundle member {name} is {kind}, not a file; it was refused.</source>
        <translation>د بستې غړی {name} یو {kind} دی، فایل نه دی؛ رد شو.</translation>
    </message>
    <message>
        <source>The bundle holds {name} twice.</source>
        <translation>بسته {name} دوه ځله لري.</translation>
    </message>
    <message>
        <source>The bundle member {name} is {size} bytes, more than such a member can be ({limit}).</source>
        <translation>د بستې توکی {name} {size} بایټه دی، چې د داسې توکي له حد ({limit}) څخه زیات دی.</translation>
    </message>
    <message>
        <source>The bundle&apos;s cases are too large to be read.</source>
        <translation>د بستې قضیې د لوستلو لپاره ډېرې لویې دي.</translation>
    </message>
    <message>
        <source>The original of source {sha}... changed since the bundle was checked; nothing of it may be kept.</source>
        <translation>د {sha}... سرچینې اصلي فایل د بستې له ازموینې وروسته بدل شوی؛ هېڅ برخه یې نه شي ساتل کېدای.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON.</source>
        <translation>{name} سم JSON نه دی.</translation>
    </message>
    <message>
        <source>The bundle has no {name}: it is not a complete casefiles bundle.</source>
        <translation>بسته {name} نه لري: دا د casefiles بشپړه بسته نه ده.</translation>
    </message>
    <message>
        <source>manifest.json is not the manifest of a casefiles bundle.</source>
        <translation>manifest.json د casefiles د بستې مانیفیسټ نه دی.</translation>
    </message>
    <message>
        <source>The bundle is in format version {found}; this casefiles reads version {known}. Update casefiles to open it.</source>
        <translation>بسته د بڼې په {found} نسخه کې ده؛ دا casefiles {known} نسخه لوستلی شي. د پرانیستلو لپاره یې casefiles تازه کړئ.</translation>
    </message>
    <message>
        <source>The bundle&apos;s cases follow schema version {found}; this casefiles reads version {known}. Update casefiles to open it.</source>
        <translation>د بستې قضیې د سکیما له {found} نسخې پیروي کوي؛ دا casefiles {known} نسخه لوستلی شي. د پرانیستلو لپاره یې casefiles تازه کړئ.</translation>
    </message>
    <message>
        <source>manifest.json does not name a valid sender key.</source>
        <translation>manifest.json د لېږونکي سمه کیلي نه ښيي.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not match the sender key it names: the bundle was altered, or signed with another key.</source>
        <translation>د مانیفیسټ لاسلیک له هغې کیلي سره نه برابرېږي چې د لېږونکي په توګه یې ښيي: بسته بدله شوې، یا په بله کیلي لاسلیک شوې.</translation>
    </message>
    <message>
        <source>manifest.json lists a member twice, or lists itself.</source>
        <translation>manifest.json یو توکی دوه ځله، یا خپل ځان، په لړلیک کې راوړي.</translation>
    </message>
    <message>
        <source>The bundle member {name} is not listed in the manifest; it was refused.</source>
        <translation>د بستې توکی {name} په مانیفیسټ کې نه دی ذکر شوی؛ رد شو.</translation>
    </message>
    <message>
        <source>The manifest lists {name}, which is missing from the bundle.</source>
        <translation>مانیفیسټ {name} ذکر کوي، خو په بسته کې نشته.</translation>
    </message>
    <message>
        <source>The bundle member {name} is {size} bytes; the manifest says {declared}.</source>
        <translation>د بستې توکی {name} {size} بایټه دی؛ مانیفیسټ وايي {declared}.</translation>
    </message>
    <message>
        <source>The bundle member {name} does not match its SHA-256 in the manifest: it was altered.</source>
        <translation>د بستې توکی {name} په مانیفیسټ کې له خپل SHA-256 سره نه برابرېږي: بدل شوی دی.</translation>
    </message>
    <message>
        <source>{name} holds the case {uuid}.</source>
        <translation>{name} د {uuid} قضیه لري.</translation>
    </message>
    <message>
        <source>{name} describes another source ({sha}...).</source>
        <translation>{name} بله سرچینه ({sha}...) بیانوي.</translation>
    </message>
    <message>
        <source>{name} cites case {uuid}, which is not in the bundle.</source>
        <translation>{name} د {uuid} قضیې ته حواله ورکوي، چې په بسته کې نشته.</translation>
    </message>
    <message>
        <source>The original of source {sha}... does not match its SHA-256 or size.</source>
        <translation>د {sha}... سرچینې اصلي فایل له خپل SHA-256 یا اندازې سره نه برابرېږي.</translation>
    </message>
    <message>
        <source>The bundle holds the original {name} without its metadata.</source>
        <translation>بسته اصلي فایل {name} پرته له مېټاډېټا لري.</translation>
    </message>
    <message>
        <source>{member} does not follow the {schema} schema at {where}: {message}</source>
        <translation>{member} په {where} کې د {schema} سکیما پیروي نه کوي: {message}</translation>
    </message>
    <message>
        <source>Encrypt a bundle either to recipients&apos; keys or to a passphrase.</source>
        <translation>بسته یا د ترلاسه کوونکو کیلي ته کوډ کړئ یا پټنوم ته.</translation>
    </message>
    <message>
        <source>The bundle&apos;s passphrase is empty.</source>
        <translation>د بستې پټنوم تش دی.</translation>
    </message>
    <message>
        <source>Case {code} has no UUID (the profile withholds it), so it cannot go into an exchange bundle: choose a profile that includes it.</source>
        <translation>قضیه {code} UUID نه لري (پروفایل یې پټ ساتي)، نو د تبادلې بستې ته نه شي ورتلای: داسې پروفایل وټاکئ چې UUID پکې شامل وي.</translation>
    </message>
    <message>
        <source>Case UUID {uuid!r} is malformed or given twice.</source>
        <translation>د قضیې UUID {uuid!r} ناسم دی یا دوه ځله ورکړل شوی.</translation>
    </message>
    <message>
        <source>Source {sha}... is given twice.</source>
        <translation>سرچینه {sha}... دوه ځله ورکړل شوې.</translation>
    </message>
    <message>
        <source>Source {sha}... cites case {uuid}, which is not in the bundle.</source>
        <translation>سرچینه {sha}... د {uuid} قضیې ته حواله ورکوي، چې په بسته کې نشته.</translation>
    </message>
    <message>
        <source>The original of source {sha}... does not match its recorded size and SHA-256; run verify on the store. No bundle was made.</source>
        <translation>د {sha}... سرچینې اصلي فایل له خپلې ثبت شوې اندازې او SHA-256 سره نه برابرېږي؛ په زېرمه verify وچلوئ. هېڅ بسته جوړه نه شوه.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or replace it.</source>
        <translation>{path} له مخکې شته؛ بل نوم وټاکئ یا یې بدل کړئ.</translation>
    </message>
    <message>
        <source>The profile &quot;{profile}&quot; withholds the cases&apos; UUIDs, which a partner&apos;s import needs to merge them: it cannot be used for a bundle. Choose another profile.</source>
        <translation>پروفایل &quot;{profile}&quot; د قضیو UUID پټ ساتي، چې د همکار راوړنه یې د یوځای کولو لپاره اړتیا لري: د بستې لپاره نه شي کارېدای. بل پروفایل وټاکئ.</translation>
    </message>
    <message>
        <source>Export either to partners (their keys) or to a passphrase, not both and not neither.</source>
        <translation>یا همکارانو ته (د هغوی کیلي) صادر کړئ یا پټنوم ته؛ نه دواړه، او نه هېڅ یو.</translation>
    </message>
    <message>
        <source>Name at least one partner to export to.</source>
        <translation>لږ تر لږه یو همکار وټاکئ چې ورته صادر شي.</translation>
    </message>
    <message>
        <source>Not verified: {names}. Compare their fingerprint by phone or in person and mark them verified first (or allow unverified partners explicitly); nothing was exported.</source>
        <translation>تایید نه شوي: {names}. لومړی د هغوی ګوتنښه په تلیفون یا مخامخ پرتله کړئ او تایید شوي یې په نښه کړئ (یا په ښکاره توګه نا تایید شویو همکارانو ته اجازه ورکړئ)؛ هېڅ شی صادر نه شو.</translation>
    </message>
    <message>
        <source>Choose at least one case to export.</source>
        <translation>د صادرولو لپاره لږ تر لږه یوه قضیه وټاکئ.</translation>
    </message>
    <message>
        <source>{n} conflict(s) need a choice of ours or theirs before anything is imported: {paths}</source>
        <translation>ټکرونه ({n}) مخکې له راوړلو د «زموږ» یا «د هغوی» ټاکنې ته اړتیا لري: {paths}</translation>
    </message>
    <message>
        <source>This preview is of another bundle; preview the bundle again.</source>
        <translation>دا مخکتنه د بلې بستې ده؛ د بستې مخکتنه بیا وکړئ.</translation>
    </message>
    <message>
        <source>The store changed since the preview; preview the import again.</source>
        <translation>زېرمه له مخکتنې وروسته بدله شوې؛ د راوړلو مخکتنه بیا وکړئ.</translation>
    </message>
    <message>
        <source>{key}={code}: a link is {same} or {not_same}, not {relation!r}.</source>
        <translation>{key}={code}: نښلونه یا {same} ده یا {not_same}، نه {relation!r}.</translation>
    </message>
    <message>
        <source>{key}={code}: {code} is not a likely duplicate of a new case {key} in this import.</source>
        <translation>{key}={code}: {code} په دې راوړنه کې د نوې قضیې {key} احتمالي تکرار نه دی.</translation>
    </message>
    <message>
        <source>{key}:{path}: choose &quot;ours&quot; or &quot;theirs&quot;, not {side!r}.</source>
        <translation>{key}:{path}: &quot;ours&quot; یا &quot;theirs&quot; وټاکئ، نه {side!r}.</translation>
    </message>
    <message>
        <source>{key}:{path} is not a conflict of this import (the conflicts: {paths}).</source>
        <translation>{key}:{path} د دې راوړنې ټکر نه دی (ټکرونه: {paths}).</translation>
    </message>
    <message>
        <source>The original of source {sha}... does not match its SHA-256; nothing was imported.</source>
        <translation>د {sha}... سرچینې اصلي فایل له خپل SHA-256 سره نه برابرېږي؛ هېڅ شی رانه وړل شو.</translation>
    </message>
    <message>
        <source>exchange bundle</source>
        <translation>د تبادلې بسته</translation>
    </message>
    <message>
        <source>The original was not sent with the bundle.</source>
        <translation>اصلي فایل له بستې سره نه دی لېږل شوی.</translation>
    </message>
    <message>
        <source>A citation of source {sha}... names an item {uuid} that case {code} does not have; it was linked to the case.</source>
        <translation>د {sha}... سرچینې یوه حواله {uuid} توکي ته اشاره کوي چې {code} قضیه یې نه لري؛ حواله له ټولې قضیې سره ونښلول شوه.</translation>
    </message>
    <message>
        <source>The signing key is not valid: it must be 32 bytes written in base64url (43 characters) or in hex (64 digits).</source>
        <translation>د لاسلیک کیلي سمه نه ده: باید 32 بایټه وي چې په base64url (43 توري) یا hex (64 عددونه) لیکل شوې وي.</translation>
    </message>
    <message>
        <source>The encryption key is not a valid age recipient (it starts with age1 and has 62 characters).</source>
        <translation>د کوډ کولو کیلي د age سم ترلاسه کوونکی نه دی (په age1 پیلېږي او 62 توري لري).</translation>
    </message>
    <message>
        <source>A fingerprint is {n} digits (six groups of four); {text!r} is not one.</source>
        <translation>ګوتنښه {n} عدده ده (شپږ ډلې، هره یوه څلور عدده)؛ {text!r} ګوتنښه نه ده.</translation>
    </message>
    <message>
        <source>The organisation card is damaged (its check does not match what it holds): copy the whole card again, or scan its QR code.</source>
        <translation>د سازمان کارت زیانمن دی (ازموینه یې له منځپانګې سره نه برابرېږي): ټول کارت بیا کاپي کړئ، یا یې QR کوډ سکن کړئ.</translation>
    </message>
    <message>
        <source>The organisation card is empty.</source>
        <translation>د سازمان کارت تش دی.</translation>
    </message>
    <message>
        <source>This is not a casefiles organisation card (a card starts with {prefix}:).</source>
        <translation>دا د casefiles د سازمان کارت نه دی (کارت په {prefix}: پیلېږي).</translation>
    </message>
    <message>
        <source>This organisation card is of version {v}, which this casefiles does not know (it reads version {known}); update casefiles.</source>
        <translation>د سازمان دا کارت د {v} نسخې دی، چې دا casefiles یې نه پېژني (دا {known} نسخه لوستلی شي)؛ casefiles تازه کړئ.</translation>
    </message>
    <message>
        <source>The organisation card is incomplete or has extra parts ({n} parts separated by &apos;:&apos; instead of {expected}): copy the whole card again.</source>
        <translation>د سازمان کارت نیمګړی دی یا اضافي برخې لري (د {expected} پر ځای {n} برخې چې په &apos;:&apos; جلا شوې): ټول کارت بیا کاپي کړئ.</translation>
    </message>
    <message>
        <source>The name in the organisation card is not valid UTF-8 text.</source>
        <translation>د سازمان په کارت کې نوم سم UTF-8 متن نه دی.</translation>
    </message>
    <message>
        <source>A QR code can be written as {kinds}, not {kind!r}.</source>
        <translation>QR کوډ د {kinds} په توګه لیکل کېدای شي، نه د {kind!r}.</translation>
    </message>
    <message>
        <source>This store has no organisation keys; its database is damaged. Restore the store from a backup.</source>
        <translation>دا زېرمه د سازمان کیلي نه لري؛ ډېټابېس یې زیانمن دی. زېرمه له بېک‌اپ څخه بېرته راولئ.</translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation>همکار نوم ته اړتیا لري.</translation>
    </message>
    <message>
        <source>An organisation&apos;s name has at most {n} characters.</source>
        <translation>د سازمان نوم تر ډېره {n} توري لرلی شي.</translation>
    </message>
    <message>
        <source>An organisation&apos;s name must be one line of text, without control characters.</source>
        <translation>د سازمان نوم باید د متن یوه کرښه وي، پرته له کنټرولي تورو.</translation>
    </message>
    <message>
        <source>There is no partner {ref!r} in the address book.</source>
        <translation>د پتو په کتاب کې {ref!r} همکار نشته.</translation>
    </message>
    <message>
        <source>This is this store&apos;s own organisation card; add the card of the partner organisation instead.</source>
        <translation>دا د همدې زېرمې د سازمان خپل کارت دی؛ پر ځای یې د همکار سازمان کارت زیات کړئ.</translation>
    </message>
    <message>
        <source>This card is already in the address book, as {name!r}.</source>
        <translation>دا کارت له مخکې د {name!r} په نوم د پتو په کتاب کې شته.</translation>
    </message>
    <message>
        <source>There is already a partner named {name!r}; choose another name.</source>
        <translation>د {name!r} په نوم همکار له مخکې شته؛ بل نوم وټاکئ.</translation>
    </message>
    <message>
        <source>The fingerprint read out does not match the one of {name}&apos;s card: this card may not be theirs. It stays unverified; get their card again by another channel.</source>
        <translation>لوستل شوې ګوتنښه د {name} د کارت له ګوتنښې سره نه برابرېږي: ښايي دا کارت د هغوی نه وي. نا تایید شوی پاتې کېږي؛ د هغوی کارت د بلې لارې بیا ترلاسه کړئ.</translation>
    </message>
    <message>
        <source>{where} contains part of the person&apos;s identity ({field}), which this profile withholds; reword it before handing the file over.</source>
        <translation>{where} د کس د هویت یوه برخه ({field}) لري، چې دا پروفایل یې پټ ساتي؛ د فایل له سپارلو مخکې یې بیا ولیکئ.</translation>
    </message>
    <message>
        <source>{where} contains “{value}”, which this profile withholds ({field}); reword it before handing the file over.</source>
        <translation>{where} «{value}» لري، چې دا پروفایل یې پټ ساتي ({field})؛ د فایل له سپارلو مخکې یې بیا ولیکئ.</translation>
    </message>
    <message>
        <source>{name!r} is not a redaction profile (use one of: {names})</source>
        <translation>{name!r} د پټولو پروفایل نه دی (له دې څخه یو وکاروئ: {names})</translation>
    </message>
    <message>
        <source>Redaction profile {name} cannot be read: {err}</source>
        <translation>د پټولو پروفایل {name} نه لوستل کېږي: {err}</translation>
    </message>
    <message>
        <source>Redaction profile {name} is not valid: {problem}</source>
        <translation>د پټولو پروفایل {name} سم نه دی: {problem}</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>د JSON object تمه کېده</translation>
    </message>
    <message>
        <source>expected exactly the keys {keys}</source>
        <translation>دقیقاً د {keys} کیلي تمه کېدې</translation>
    </message>
    <message>
        <source>format must be {format} and name {name!r}</source>
        <translation>format باید {format} وي او name باید {name!r} وي</translation>
    </message>
    <message>
        <source>sharing_consent {scope!r} is not a consent scope</source>
        <translation>sharing_consent {scope!r} د رضایت ډول نه دی</translation>
    </message>
    <message>
        <source>{key} needs a text in each of: {langs}</source>
        <translation>{key} په هره یوه ژبه کې متن ته اړتیا لري: {langs}</translation>
    </message>
    <message>
        <source>rules need exactly the records {records}</source>
        <translation>rules باید دقیقاً دا ریکارډونه ولري: {records}</translation>
    </message>
    <message>
        <source>no rule for {record} field(s) {paths}</source>
        <translation>د {record} د {paths} ساحو لپاره قاعده نشته</translation>
    </message>
    <message>
        <source>{record} has no field(s) {paths}</source>
        <translation>{record} د {paths} ساحې نه لري</translation>
    </message>
    <message>
        <source>{record}.{path}: {rule!r} is not one of {rules}</source>
        <translation>{record}.{path}: {rule!r} د {rules} له جملې نه دی</translation>
    </message>
    <message>
        <source>{record}.{path}: only dates can be coarsened</source>
        <translation>{record}.{path}: یوازې د نېټو دقت کمېدای شي</translation>
    </message>
    <message>
        <source>identity fields are included, so identity_consent must name a consent scope</source>
        <translation>د هویت ساحې شاملې دي، نو identity_consent باید د رضایت یو ډول وښيي</translation>
    </message>
    <message>
        <source>identity_consent {scope!r} is not a consent scope</source>
        <translation>identity_consent {scope!r} د رضایت ډول نه دی</translation>
    </message>
    <message>
        <source>sources needs exactly: {keys}</source>
        <translation>sources دقیقاً دې ته اړتیا لري: {keys}</translation>
    </message>
    <message>
        <source>sources name unknown source types</source>
        <translation>sources د سرچینو نامعلوم ډولونه ښيي</translation>
    </message>
    <message>
        <source>without sources, no source type is listed and every Source and Citation field is withheld</source>
        <translation>پرته له sources، د سرچینې هېڅ ډول نه لیکل کېږي او د سرچینې او حوالې هره ساحه پټه ساتل کېږي</translation>
    </message>
    <message>
        <source>file_name has an unmatched brace</source>
        <translation>file_name یو بې جوړې قوس لري</translation>
    </message>
    <message>
        <source>file_name may hold only A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>file_name یوازې A-Z، a-z، 0-9، &apos;.&apos;، &apos;_&apos; او &apos;-&apos; لرلی شي</translation>
    </message>
    <message>
        <source>file_name placeholders are {names}</source>
        <translation>د file_name ځای‌نیوونکي دا دي: {names}</translation>
    </message>
    <message>
        <source>file_name shows {field}, which the profile withholds</source>
        <translation>file_name {field} ښيي، چې پروفایل یې پټ ساتي</translation>
    </message>
    <message>
        <source>file_name must not start with &apos;.&apos; or &apos;-&apos;</source>
        <translation>file_name باید په &apos;.&apos; یا &apos;-&apos; پیل نه شي</translation>
    </message>
    <message>
        <source>Case {code} does not record the person&apos;s consent to &quot;{consent}&quot;, which the profile &quot;{profile}&quot; needs. Record the consent in the case first (Edit consent), or choose another profile.</source>
        <translation>قضیه {code} د &quot;{consent}&quot; لپاره د کس رضایت نه لري، چې &quot;{profile}&quot; پروفایل ورته اړتیا لري. لومړی په قضیه کې رضایت ثبت کړئ (رضایت سمول)، یا بل پروفایل وټاکئ.</translation>
    </message>
    <message>
        <source>{name}: a plain export is a .csv or a .json file.</source>
        <translation>{name}: ساده صادرات .csv یا .json فایل وي.</translation>
    </message>
    <message>
        <source>{path} will NOT be encrypted: anyone who gets the file, or the disk or stick it is on, can read every case in it. Prefer an encrypted bundle; delete the file when it has served.</source>
        <translation>{path} به کوډ نه شي: هر څوک چې فایل، یا هغه ډیسک یا فلش چې فایل پرې دی، ترلاسه کړي، هره قضیه پکې لوستلی شي. کوډ شوې بسته غوره ده؛ کله چې کار مو ترې واخیست، فایل ړنګ کړئ.</translation>
    </message>
    <message numerus="yes">
        <source>plain export of {n} case</source>
        <comment>plain export of {n} cases</comment>
        <translation>
            <numerusform>د {n} قضیې ساده صادرات</numerusform>
            <numerusform>د {n} قضیو ساده صادرات</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no cases in this store to export.</source>
        <translation>په دې زېرمه کې د صادرولو لپاره قضیې نشته.</translation>
    </message>
    <message>
        <source>{n} cases do not record the person&apos;s consent that the profile &quot;{profile}&quot; needs: {codes}. Record it in each case, leave them out, or choose another profile.</source>
        <translation>{n} قضیې د کس هغه رضایت نه لري چې &quot;{profile}&quot; پروفایل ورته اړتیا لري: {codes}. په هره قضیه کې یې ثبت کړئ، دا قضیې پرېږدئ، یا بل پروفایل وټاکئ.</translation>
    </message>
    <message>
        <source>line {line}: {text}</source>
        <translation>کرښه {line}: {text}</translation>
    </message>
    <message>
        <source>line {line}: {reasons}</source>
        <translation>کرښه {line}: {reasons}</translation>
    </message>
    <message>
        <source>{rows} row(s): {accepted} to import, {rejected} rejected, {blank} blank skipped</source>
        <translation>قطارونه {rows}: {accepted} د راوړلو لپاره، {rejected} رد شوي، {blank} تش پرېښودل شوي</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as windows-1256 (Arabic script, older Windows). Check the Dari and Pashto text in the preview.</source>
        <translation>فایل UTF-8 نه دی؛ د windows-1256 (عربي لیک، زوړ Windows) په توګه ولوستل شو. په مخکتنه کې دري او پښتو متن وګورئ.</translation>
    </message>
    <message numerus="yes">
        <source>Column “{heading}” is not mapped to any field: its value in {n} row is not imported.</source>
        <comment>Column “{heading}” is not mapped to any field: its values in {n} rows are not imported.</comment>
        <translation>
            <numerusform>ستون «{heading}» له هېڅ ساحې سره نه دی تطبیق شوی: په {n} قطار کې یې ارزښت نه راوړل کېږي.</numerusform>
            <numerusform>ستون «{heading}» له هېڅ ساحې سره نه دی تطبیق شوی: په {n} قطارونو کې یې ارزښتونه نه راوړل کېږي.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping names a column “{heading}” that this sheet does not have.</source>
        <translation>تطبیق د «{heading}» ستون یادوي چې دا پاڼه یې نه لري.</translation>
    </message>
    <message>
        <source>No column fills person.pseudonym: the cases will be listed by their codes only until each is given a pseudonym.</source>
        <translation>هېڅ ستون person.pseudonym نه ډکوي: قضیې به یوازې د خپلو کوډونو په واسطه ښودل کېږي، تر هغه چې هرې یوې ته مستعار نوم ورکړل شي.</translation>
    </message>
    <message>
        <source>the row has {n} value(s) beyond the {width} columns of the header (in a CSV file: a value holding the delimiter without quotes?)</source>
        <translation>قطار د سرلیک له {width} ستونونو هاخوا ارزښتونه ({n}) لري (په CSV فایل کې: ښايي یو ارزښت بېلوونکی پرته له &quot;&quot; نښو ولري؟)</translation>
    </message>
    <message>
        <source>none of the mapped columns has a value</source>
        <translation>هېڅ تطبیق شوی ستون ارزښت نه لري</translation>
    </message>
    <message>
        <source>{heading} is yes or no, not {value}</source>
        <translation>{heading} باید هو یا نه وي، نه {value}</translation>
    </message>
    <message>
        <source>province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>اداره</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>incident type</source>
        <translation>د پېښې ډول</translation>
    </message>
    <message>
        <source>country</source>
        <translation>هېواد</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>case stage</source>
        <translation>د قضیې پړاو</translation>
    </message>
    <message>
        <source>consent scope</source>
        <translation>د رضایت ډول</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>خپلوي</translation>
    </message>
    <message>
        <source>verification level</source>
        <translation>د تایید کچه</translation>
    </message>
    <message>
        <source>{what} {value} (column “{heading}”) is not one casefiles knows (did you mean {suggestion}?)</source>
        <translation>{what} {value} (ستون «{heading}») casefiles نه پېژني (ښايي مو مطلب {suggestion} وي؟)</translation>
    </message>
    <message>
        <source>{what} {value} (column “{heading}”) is not one casefiles knows (for example: {sample}, ...); correct it in the sheet or give its meaning in the mapping&apos;s &quot;values&quot;</source>
        <translation>{what} {value} (ستون «{heading}») casefiles نه پېژني (د بېلګې په توګه: {sample}، ...)؛ په پاڼه کې یې سم کړئ یا یې مانا د تطبیق په &quot;values&quot; کې ورکړئ</translation>
    </message>
    <message>
        <source>column “{heading}” (part of the identity; its value is not repeated here) does not hold a date casefiles understands</source>
        <translation>ستون «{heading}» (د هویت برخه؛ ارزښت یې دلته نه تکرارېږي) داسې نېټه نه لري چې casefiles پرې پوه شي</translation>
    </message>
    <message>
        <source>date {value} (column “{heading}”): {reason}</source>
        <translation>نېټه {value} (ستون «{heading}»): {reason}</translation>
    </message>
    <message>
        <source>date {value!r} (column “{heading}”) was read as Solar Hijri from its year: {shown}</source>
        <translation>نېټه {value!r} (ستون «{heading}») د کال له مخې لمریز هجري ولوستل شوه: {shown}</translation>
    </message>
    <message>
        <source>date {value!r} (column “{heading}”) was read day first: {shown}</source>
        <translation>نېټه {value!r} (ستون «{heading}») لومړی ورځ ولوستل شوه: {shown}</translation>
    </message>
    <message>
        <source>{path} is not a field a column can fill (for example: {sample}, ...; docs/cli.md lists them all).</source>
        <translation>{path} داسې ساحه نه ده چې ستون یې ډکولی شي (د بېلګې په توګه: {sample}، ...؛ docs/cli.md ټولې ښيي).</translation>
    </message>
    <message>
        <source>{path}: at most {n} items of a list come from one row.</source>
        <translation>{path}: له یوه قطار څخه د لړلیک تر ډېره {n} توکي راځي.</translation>
    </message>
    <message>
        <source>Columns “{a}” and “{b}” both fill {path}, which takes one value; map one of them to another field or to null.</source>
        <translation>ستونونه «{a}» او «{b}» دواړه {path} ډکوي، چې یو ارزښت اخلي؛ یو یې له بلې ساحې یا null سره تطبیق کړئ.</translation>
    </message>
    <message>
        <source>A column mapping is a JSON object with &quot;columns&quot; (and optionally &quot;values&quot;), e.g. {&quot;columns&quot;: {&quot;Province&quot;: &quot;person.origin_province&quot;}}.</source>
        <translation>د ستونونو تطبیق یو JSON object دی چې &quot;columns&quot; (او په اختیاري ډول &quot;values&quot;) لري، لکه {&quot;columns&quot;: {&quot;Province&quot;: &quot;person.origin_province&quot;}}.</translation>
    </message>
    <message>
        <source>&quot;columns&quot; maps each heading to a field path or to null.</source>
        <translation>&quot;columns&quot; هر سرلیک د یوې ساحې له لارې (path) یا null سره تطبیقوي.</translation>
    </message>
    <message>
        <source>&quot;values&quot; maps a field path to {&quot;spelling&quot;: &quot;term&quot;}.</source>
        <translation>&quot;values&quot; د ساحې لار له {&quot;spelling&quot;: &quot;term&quot;} سره تطبیقوي.</translation>
    </message>
    <message>
        <source>&quot;values&quot; of {path}: only fields with a vocabulary take extra spellings, as {{&quot;spelling&quot;: &quot;term&quot;}}.</source>
        <translation>د {path} &quot;values&quot;: یوازې هغه ساحې چې لغتنامه لري اضافي املاوې اخلي، لکه {{&quot;spelling&quot;: &quot;term&quot;}}.</translation>
    </message>
    <message>
        <source>{path} is not a JSON column mapping: {reason}</source>
        <translation>{path} د ستونونو JSON تطبیق نه دی: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a JSON column mapping: it is nested too deeply.</source>
        <translation>{path} د ستونونو JSON تطبیق نه دی: جوړښت یې ډېر ژور دی.</translation>
    </message>
    <message>
        <source>{name}: Excel workbook, sheet “{sheet}”</source>
        <translation>{name}: Excel فایل، پاڼه «{sheet}»</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>ټب</translation>
    </message>
    <message>
        <source>{name}: CSV, {encoding}, delimiter “{delimiter}”</source>
        <translation>{name}: CSV، {encoding}، بېلوونکی «{delimiter}»</translation>
    </message>
    <message>
        <source>{name} is a CSV file: it has no sheets to choose from.</source>
        <translation>{name} د CSV فایل دی: د ټاکلو لپاره پاڼې نه لري.</translation>
    </message>
    <message>
        <source>{name} holds no rows at all.</source>
        <translation>{name} هېڅ قطار نه لري.</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>ستون {n}</translation>
    </message>
    <message>
        <source>{name} is in the old Excel format (.xls). Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
        <translation>{name} د Excel په زړه بڼه (.xls) دی. په یوه جدول پروګرام کې یې پرانیزئ او د .xlsx یا CSV په توګه یې خوندي کړئ.</translation>
    </message>
    <message>
        <source>{name} is neither a CSV text file nor an Excel workbook.</source>
        <translation>{name} نه د CSV متني فایل دی او نه Excel فایل.</translation>
    </message>
    <message>
        <source>{name}, line {line}: the file cannot be read as CSV ({reason}).</source>
        <translation>{name}، کرښه {line}: فایل د CSV په توګه نه لوستل کېږي ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not valid {codec} text ({reason}).</source>
        <translation>{name} سم {codec} متن نه دی ({reason}).</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (.xlsx): {reason}. An OpenDocument (.ods) file can be saved as .xlsx or CSV first.</source>
        <translation>{name} د Excel فایل (.xlsx) په توګه نه لوستل کېږي: {reason}. د OpenDocument (.ods) فایل لومړی د .xlsx یا CSV په توګه خوندي کېدای شي.</translation>
    </message>
    <message>
        <source>{name} has no worksheet.</source>
        <translation>{name} هېڅ کاري پاڼه نه لري.</translation>
    </message>
    <message>
        <source>{name} has no sheet “{sheet}” (its sheets: {names}).</source>
        <translation>{name} د «{sheet}» پاڼه نه لري (پاڼې یې: {names}).</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}</source>
        <translation>{name} زیانمن دی: {reason}</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>نېټه نامعلومه</translation>
    </message>
    <message>
        <source>c. </source>
        <translation>شاوخوا </translation>
    </message>
    <message>
        <source>A date is empty.</source>
        <translation>یوه نېټه تشه ده.</translation>
    </message>
    <message>
        <source>{text} is not a date casefiles understands (examples: 2021-08-15, 24 Asad 1400, Aug 2021, c. 2019, unknown)</source>
        <translation>{text} داسې نېټه نه ده چې casefiles پرې پوه شي (بېلګې: 2021-08-15، 24 زمری 1400، اګست 2021، شاوخوا 2019، نامعلوم)</translation>
    </message>
    <message>
        <source>A date&apos;s year, month and day are whole numbers.</source>
        <translation>د نېټې کال، میاشت او ورځ باید بشپړ عددونه وي.</translation>
    </message>
    <message>
        <source>An unknown date cannot have a year, month or day.</source>
        <translation>نامعلومه نېټه کال، میاشت یا ورځ نه شي لرلای.</translation>
    </message>
    <message>
        <source>A date needs a year between {low} and {high} in its calendar (was the year left out?).</source>
        <translation>نېټه په خپل کلیز کې د {low} او {high} ترمنځ کال ته اړتیا لري (ایا کال پاتې شوی؟).</translation>
    </message>
    <message>
        <source>A date of precision {p} needs exactly: {parts}.</source>
        <translation>د {p} دقت لرونکې نېټه دقیقاً دې ته اړتیا لري: {parts}.</translation>
    </message>
    <message>
        <source>Month {m} does not exist.</source>
        <translation>میاشت {m} نشته.</translation>
    </message>
    <message>
        <source>Day {d} does not exist in month {m} of {y}.</source>
        <translation>د {y} کال په {m} میاشت کې {d} ورځ نشته.</translation>
    </message>
    <message>
        <source>{path}: expected an object</source>
        <translation>{path}: د object تمه کېده</translation>
    </message>
    <message>
        <source>{path}: unknown field {name}</source>
        <translation>{path}: نامعلومه ساحه {name}</translation>
    </message>
    <message>
        <source>{path}: a value is required</source>
        <translation>{path}: ارزښت اړین دی</translation>
    </message>
    <message>
        <source>{path}: expected a list</source>
        <translation>{path}: د لړلیک تمه کېده</translation>
    </message>
    <message>
        <source>{path}: expected true or false</source>
        <translation>{path}: د true یا false تمه کېده</translation>
    </message>
    <message>
        <source>{path}: expected a whole number</source>
        <translation>{path}: د بشپړ عدد تمه کېده</translation>
    </message>
    <message>
        <source>{path}: expected base64 data</source>
        <translation>{path}: د base64 معلوماتو تمه کېده</translation>
    </message>
    <message>
        <source>{path}: expected text</source>
        <translation>{path}: د متن تمه کېده</translation>
    </message>
    <message>
        <source>{path}: the text holds a broken character (half of a UTF-16 pair), as a damaged file or a faulty program writes</source>
        <translation>{path}: متن یو مات توری لري (د UTF-16 جوړې نیمایي)، لکه څنګه چې زیانمن فایل یا خراب پروګرام یې لیکي</translation>
    </message>
    <message>
        <source>{path}: expected a date such as &quot;2021-08-15&quot; or &quot;24 Asad 1400&quot;</source>
        <translation>{path}: د داسې نېټې تمه کېده لکه &quot;2021-08-15&quot; یا &quot;24 زمری 1400&quot;</translation>
    </message>
    <message>
        <source>{where}: {value} is not a known {vocab} (use one of: {sample})</source>
        <translation>{where}: {value} پېژندل شوی {vocab} نه دی (له دې څخه یو وکاروئ: {sample})</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>قضیه</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>پړاو</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مسؤل</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ټګونه</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>وروستی بدلون</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>د رضایت نېټه</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>لنډیز</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کس</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>مستعار نوم</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>زوکړه</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>اصلي سیمه</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>اوسنی ځای</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>له کله راهیسې</translation>
    </message>
    <message>
        <source>Service: {institution}</source>
        <translation>دنده: {institution}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>بست</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>له</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تر</translation>
    </message>
    <message>
        <source>With international forces</source>
        <translation>له نړیوالو ځواکونو سره</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>Incident {n}: {type}</source>
        <translation>پېښه {n}: {type}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ځای</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>مرتکب</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>تایید</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>له پېښې وروسته حالت</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تشریح</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>پېژند</translation>
    </message>
    <message>
        <source>Relative: {relation} {pseudonym}</source>
        <translation>خپلوان: {relation} {pseudonym}</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>پېښه</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>څه پېښ شول</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>د خطر ارزونه</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>لارښود</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>پایله</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>ارزول شوې</translation>
    </message>
    <message>
        <source>Risk factor: {factor}</source>
        <translation>د خطر عامل: {factor}</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>صدق کوي</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>ارزونه</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>هویت</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>بشپړ نوم</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>پلار</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>نیکه</translation>
    </message>
    <message>
        <source>Tazkira</source>
        <translation>تذکره</translation>
    </message>
    <message>
        <source>Other IDs</source>
        <translation>نورې پېژندپاڼې</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>د زېږون نېټه</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>تلیفونونه</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>انځورونه</translation>
    </message>
    <message>
        <source>Related case: {code}  {pseudonym}</source>
        <translation>اړوند قضیه: {code}  {pseudonym}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>پرېکړه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادښت</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>پرېکړه شوې</translation>
    </message>
    <message>
        <source>May be the same person</source>
        <translation>ښايي هماغه کس وي</translation>
    </message>
    <message>
        <source>casefiles recovery sheet</source>
        <translation>د casefiles د بیارغونې پاڼه</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>زېرمه: {path}</translation>
    </message>
    <message>
        <source>Created: {date}</source>
        <translation>د جوړېدو نېټه: {date}</translation>
    </message>
    <message>
        <source>This code opens the store if the passphrase is forgotten: in the app, choose “Forgot the passphrase?”; on the command line, run casefiles-cli recover. You then choose a new passphrase.</source>
        <translation>که پټنوم هېر شي، دا کوډ زېرمه پرانیزي: په اپلیکېشن کې «پټنوم مو هېر دی؟» وټاکئ؛ د قوماندې په کرښه کې casefiles-cli recover وچلوئ. بیا نوی پټنوم ټاکئ.</translation>
    </message>
    <message>
        <source>Anyone who has this sheet and the laptop can read every case. Keep it apart from the laptop, somewhere safe, and never photograph it or send it by message.</source>
        <translation>هر څوک چې دا پاڼه او لپټاپ ولري، هره قضیه لوستلی شي. له لپټاپ څخه یې جلا، په یوه خوندي ځای کې وساتئ، او هېڅکله یې انځور مه اخلئ او په پیغام کې یې مه لېږئ.</translation>
    </message>
    <message>
        <source>audit entries {a} to {b} are missing</source>
        <translation>د پلټنې لیکنې له {a} تر {b} ورکې دي</translation>
    </message>
    <message>
        <source>audit entry {seq} does not follow the entry before it</source>
        <translation>د پلټنې لیکنه {seq} د مخکینۍ لیکنې پسې نه راځي</translation>
    </message>
    <message>
        <source>audit entry {seq} ({action}) was altered after it was written</source>
        <translation>د پلټنې لیکنه {seq} ({action}) له لیکلو وروسته بدله شوې</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>ډېر کمزوری</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>کمزوری</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>منځنی</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>پیاوړی</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>ډېر پیاوړی</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>یوازې یوه کلمه په اسانۍ اټکل کېږي.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>یوه یا دوې نورې کلمې ورزیاتې کړئ. نا عامې کلمې غوره دي.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>ټول لوی توري نږدې هومره اسانه اټکل کېږي لکه ټول واړه توري.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>له هغو نېټو او کلونو ډډه وکړئ چې له تاسو سره تړاو لري.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>له وروستیو کلونو ډډه وکړئ.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>له تکراري کلمو او تورو ډډه وکړئ.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>له پرله‌پسې لړیو ډډه وکړئ.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>له هغو کلونو ډډه وکړئ چې له تاسو سره تړاو لري.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>د لویو تورو کارول ډېره مرسته نه کوي.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>عام نومونه او تخلصونه په اسانۍ اټکل کېږي.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>نېټې اکثره په اسانۍ اټکل کېږي.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>یوازې نومونه او تخلصونه په اسانۍ اټکل کېږي.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>نښو، عددونو یا لویو تورو ته اړتیا نشته.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>د وړاندوینې وړ بدلونونه لکه د &apos;a&apos; پر ځای &apos;@&apos; ډېره مرسته نه کوي.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>وروستي کلونه په اسانۍ اټکل کېږي.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>تکرارونه لکه &quot;aaa&quot; په اسانۍ اټکل کېږي.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>تکرارونه لکه &quot;abcabcabc&quot; د &quot;abc&quot; په پرتله یوازې لږ ستونزمن اټکل کېږي.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>سرچپه کلمې ډېر ستونزمن نه اټکل کېږي.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>لړۍ لکه &quot;abc&quot; یا &quot;6543&quot; په اسانۍ اټکل کېږي.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>د کیبورډ لنډ نقشونه په اسانۍ اټکل کېږي.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>د کیبورډ د تڼیو سمې کرښې په اسانۍ اټکل کېږي.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>دا د 10 تر ټولو عامو پټنومونو له ډلې دی.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>دا د 100 تر ټولو عامو پټنومونو له ډلې دی.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>دا ډېر عام پټنوم دی.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>دا یوه عام کارېدونکي پټنوم ته ورته دی.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>څو کلمې وکاروئ، له عامو جملو ډډه وکړئ.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>د کیبورډ اوږد نقش له ډېرو اوښتونو سره وکاروئ.</translation>
    </message>
    <message>
        <source>Type a passphrase: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>پټنوم ولیکئ: څلور یا پنځه بې‌اړیکې کلمې په اسانۍ په یاد پاتې کېږي او په سختۍ اټکل کېږي.</translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better.</source>
        <translation>یوه یا دوې نورې کلمې ورزیاتې کړئ؛ نا عامې کلمې غوره دي.</translation>
    </message>
    <message>
        <source>The stored original no longer matches its SHA-256 ({sha}...); nothing was written. Run verify, and restore the store from a backup.</source>
        <translation>ساتل شوی اصلي فایل نور له خپل SHA-256 ({sha}...) سره نه برابرېږي؛ هېڅ شی ونه لیکل شو. verify وچلوئ، او زېرمه له بېک‌اپ څخه بېرته راولئ.</translation>
    </message>
    <message>
        <source>source {ids}: the stored original no longer matches its SHA-256 ({sha}...); it was altered or damaged</source>
        <translation>سرچینه {ids}: ساتل شوی اصلي فایل نور له خپل SHA-256 ({sha}...) سره نه برابرېږي؛ بدل یا زیانمن شوی</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>پاراګراف {n}</translation>
    </message>
    <message>
        <source>{n} line(s) of this file are not UTF-8; they were read as windows-1256. Check the text against the original.</source>
        <translation>د دې فایل ځینې کرښې ({n}) UTF-8 نه دي؛ د windows-1256 په توګه ولوستل شوې. متن له اصلي فایل سره پرتله کړئ.</translation>
    </message>
    <message>
        <source>The web page is empty.</source>
        <translation>وېب پاڼه تشه ده.</translation>
    </message>
    <message>
        <source>No article text was found on this page.</source>
        <translation>په دې پاڼه کې د مقالې متن ونه موندل شو.</translation>
    </message>
    <message>
        <source>The MHTML file holds no web page.</source>
        <translation>د MHTML فایل هېڅ وېب پاڼه نه لري.</translation>
    </message>
    <message>
        <source>The image says it is far larger than any photo (more than {n} million pixels): it was not opened, which could exhaust the memory. It may be damaged.</source>
        <translation>دا انځور وايي چې له هر عکس ډېر لوی دی (له {n} میلیون پیکسلو زیات): خلاص نه شو، ځکه چې حافظه یې ختمولای شوه. کېدای شي خراب وي.</translation>
    </message>
    <message>
        <source>The image cannot be read ({err}).</source>
        <translation>انځور نه لوستل کېږي ({err}).</translation>
    </message>
    <message>
        <source>The PDF cannot be read ({err}); it may be damaged, cut short or protected by a password.</source>
        <translation>PDF نه لوستل کېږي ({err})؛ ښايي زیانمن وي، نیمګړی وي یا په پټنوم ساتل شوی وي.</translation>
    </message>
    <message>
        <source>p. {n}</source>
        <translation>مخ {n}</translation>
    </message>
    <message>
        <source>Page(s) {pages} of the PDF cannot be read (damaged); their text is missing.</source>
        <translation>د دې PDF پاڼې {pages} نه لوستل کېږي (خرابې دي)؛ متن یې نشته.</translation>
    </message>
    <message>
        <source>The PDF has no text layer (a scan?); nothing could be searched or quoted. The original is kept.</source>
        <translation>PDF متني پوړ نه لري (ښايي سکن وي؟)؛ هېڅ شی پکې نه لټول کېږي او نه اقتباس کېږي. اصلي فایل ساتل شوی.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} فولډر دی، فایل نه دی.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a pipe, device or socket).</source>
        <translation>{path} عادي فایل نه دی (pipe، device یا socket دی).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): there is nothing to keep.</source>
        <translation>{path} تش دی (0 بایټه): د ساتلو لپاره څه نشته.</translation>
    </message>
    <message>
        <source>{path} is {size}, over the size limit of {limit} for one source.</source>
        <translation>{path} {size} دی، چې د یوې سرچینې له {limit} حد څخه زیات دی.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>په {path} کې فایل نشته.</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied).</source>
        <translation>{path} نه لوستل کېږي (اجازه نشته).</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} نه لوستل کېږي ({reason}).</translation>
    </message>
    <message>
        <source>This file is already in the store as source {id} (same SHA-256); it was not stored again.</source>
        <translation>دا فایل له مخکې په زېرمه کې د {id} سرچینې په توګه شته (هماغه SHA-256)؛ بیا ونه ساتل شو.</translation>
    </message>
    <message>
        <source>{name} changed while it was being read; try again once it is complete.</source>
        <translation>{name} د لوستلو پر مهال بدل شو؛ کله چې بشپړ شو، بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>The file is too large to read its text ({size}); the original is kept.</source>
        <translation>فایل د متن لوستلو لپاره ډېر لوی دی ({size})؛ اصلي فایل ساتل شوی.</translation>
    </message>
    <message>
        <source>The original is kept unchanged.</source>
        <translation>اصلي فایل بې له بدلون ساتل شوی.</translation>
    </message>
    <message>
        <source>The text could not be extracted ({err}); the original is kept unchanged.</source>
        <translation>متن ونه ایستل شو ({err})؛ اصلي فایل بې له بدلون ساتل شوی.</translation>
    </message>
    <message>
        <source>{added} added, {dup} already in the store, {refused} refused.</source>
        <translation>{added} زیات شول، {dup} له مخکې په زېرمه کې وو، {refused} رد شول.</translation>
    </message>
    <message>
        <source>{name} is named as {claimed} but its content is {actual}; it is read as {actual}.</source>
        <translation>{name} د {claimed} په نوم دی خو منځپانګه یې {actual} ده؛ د {actual} په توګه لوستل کېږي.</translation>
    </message>
    <message>
        <source>province of origin</source>
        <translation>اصلي ولایت</translation>
    </message>
    <message>
        <source>province of an incident</source>
        <translation>د پېښې ولایت</translation>
    </message>
    <message>
        <source>province served in</source>
        <translation>د دندې ولایت</translation>
    </message>
    <message>
        <source>institution served in</source>
        <translation>د دندې اداره</translation>
    </message>
    <message>
        <source>type of an incident</source>
        <translation>د پېښې ډول</translation>
    </message>
    <message>
        <source>country the person is in</source>
        <translation>هغه هېواد چې کس اوس پکې دی</translation>
    </message>
    <message>
        <source>country of an incident</source>
        <translation>د پېښې هېواد</translation>
    </message>
    <message>
        <source>the store is unchanged</source>
        <translation>زېرمه نه ده بدله شوې</translation>
    </message>
    <message>
        <source>{path} is a folder; name the backup file to write in it.</source>
        <translation>{path} فولډر دی؛ د هغه بېک‌اپ فایل نوم ورکړئ چې پکې لیکل کېږي.</translation>
    </message>
    <message>
        <source>A backup cannot go inside the store&apos;s own folder ({path}); choose another disk or folder.</source>
        <translation>بېک‌اپ د زېرمې په خپل فولډر ({path}) کې نه شي ساتل کېدای؛ بل ډیسک یا فولډر وټاکئ.</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>د ډېټابېس کاپي کول</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>د کاپي ازمویل</translation>
    </message>
    <message>
        <source>its content differs from the store</source>
        <translation>منځپانګه یې له زېرمې سره توپیر لري</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>د بېک‌اپ ازمویل</translation>
    </message>
    <message>
        <source>The backup did not read back intact ({problem}); it was not kept. Check the disk it was written to, and try again.</source>
        <translation>بېک‌اپ په بېرته لوستلو کې روغ نه و ({problem})؛ ونه ساتل شو. هغه ډیسک وګورئ چې پرې لیکل شوی و، او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>The store&apos;s key-slot file belongs to another store.</source>
        <translation>د زېرمې د کیلي ځایونو فایل د بلې زېرمې دی.</translation>
    </message>
    <message>
        <source>Sealing the backup</source>
        <translation>د بېک‌اپ مهر کول</translation>
    </message>
    <message>
        <source>the backup is complete, but the store could not note it ({error}); the reminder does not know of it</source>
        <translation>بېک‌اپ بشپړ دی، خو زېرمه یې ونه شوای ثبتولای ({error})؛ یادونکی پرې خبر نه دی</translation>
    </message>
    <message>
        <source>Give either the passphrase or the recovery code.</source>
        <translation>یا پټنوم ورکړئ یا د بیارغونې کوډ.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>د بېک‌اپ کتل</translation>
    </message>
    <message>
        <source>This backup was made by a newer casefiles; update casefiles to restore it. Nothing was restored.</source>
        <translation>دا بېک‌اپ د casefiles د نوې نسخې له خوا جوړ شوی؛ د بېرته راوستلو لپاره casefiles تازه کړئ. هېڅ شی بېرته رانه وستل شو.</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation>هېڅ شی بېرته رانه وستل شو</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; restore into a new folder.</source>
        <translation>{path} له مخکې شته او تش نه دی؛ په یوه نوي فولډر کې یې بېرته راولئ.</translation>
    </message>
    <message>
        <source>Restoring the database</source>
        <translation>د ډېټابېس بېرته راوستل</translation>
    </message>
    <message>
        <source>The backup changed while it was being restored; nothing was restored. Try again once nothing else writes to it.</source>
        <translation>بېک‌اپ د بېرته راوستلو پر مهال بدل شو؛ هېڅ شی بېرته رانه وستل شو. کله چې بل څه پرې نه لیکي، بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>The database in this backup cannot be opened; nothing was restored.</source>
        <translation>په دې بېک‌اپ کې ډېټابېس نه پرانیستل کېږي؛ هېڅ شی بېرته رانه وستل شو.</translation>
    </message>
    <message>
        <source>The audit log in this backup does not end where its manifest says; nothing was restored.</source>
        <translation>په دې بېک‌اپ کې د پلټنې ثبت هلته نه پای ته رسېږي چېرته چې یې مانیفیسټ وايي؛ هېڅ شی بېرته رانه وستل شو.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} فولډر دی، بېک‌اپ فایل نه دی.</translation>
    </message>
    <message>
        <source>{path} is not a casefiles backup.</source>
        <translation>{path} د casefiles بېک‌اپ نه دی.</translation>
    </message>
    <message>
        <source>{path} is a backup in format {version}, which this casefiles cannot read (it is newer, or the file is damaged).</source>
        <translation>{path} د {version} بڼې بېک‌اپ دی، چې دا casefiles یې نه شي لوستلای (نوې بڼه ده، یا فایل زیانمن دی).</translation>
    </message>
    <message>
        <source>{path} is a damaged or incomplete casefiles backup (truncated, or changed after it was written); nothing was restored. Use another copy of the backup.</source>
        <translation>{path} د casefiles زیانمن یا نیمګړی بېک‌اپ دی (پرې شوی، یا له لیکلو وروسته بدل شوی)؛ هېڅ شی بېرته رانه وستل شو. د بېک‌اپ بله کاپي وکاروئ.</translation>
    </message>
    <message>
        <source>{path} is damaged or was altered after it was written (it fails its authentication); nothing was restored. Use another copy of the backup.</source>
        <translation>{path} زیانمن دی یا له لیکلو وروسته بدل شوی (د اعتبار ازموینه یې ناکامه شوه)؛ هېڅ شی بېرته رانه وستل شو. د بېک‌اپ بله کاپي وکاروئ.</translation>
    </message>
    <message>
        <source>The backup ended early while it was being read.</source>
        <translation>بېک‌اپ د لوستلو پر مهال له وخته مخکې پای ته ورسېد.</translation>
    </message>
    <message>
        <source>{path} is damaged or was altered after it was written (its key slots do not check); nothing was restored. Use another copy of the backup.</source>
        <translation>{path} زیانمن دی یا له لیکلو وروسته بدل شوی (د کیلي ځایونه یې په ازموینه کې نه برابرېږي)؛ هېڅ شی بېرته رانه وستل شو. د بېک‌اپ بله کاپي وکاروئ.</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder}: {needed} needed, {free} free. Nothing was written. Free some space or choose another disk.</source>
        <translation>په {folder} کې کافي تش ځای نشته: {needed} اړین دی، {free} تش دی. هېڅ شی ونه لیکل شو. یو څه ځای خالي کړئ یا بل ډیسک وټاکئ.</translation>
    </message>
    <message>
        <source>The disk filled up while writing {path}: nothing was written and {what}. Free some space or choose another disk.</source>
        <translation>د {path} د لیکلو پر مهال ډیسک ډک شو: هېڅ شی ونه لیکل شو او {what}. یو څه ځای خالي کړئ یا بل ډیسک وټاکئ.</translation>
    </message>
    <message>
        <source>The store is busy (a large import?); try again when it is done.</source>
        <translation>زېرمه بوخته ده (ښايي لویه راوړنه روانه وي)؛ کله چې پای ته ورسېده، بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>{path} could not be written ({error}); {what}.</source>
        <translation>{path} ونه لیکل شو ({error})؛ {what}.</translation>
    </message>
    <message>
        <source>the audit log ends before entry {seq}, which the backup of {at} holds: later entries were removed</source>
        <translation>د پلټنې ثبت د {seq} لیکنې مخکې پای ته رسېږي، چې د {at} بېک‌اپ یې لري: وروستۍ لیکنې لرې شوې دي</translation>
    </message>
    <message>
        <source>audit entry {seq} is not the one the backup of {at} holds: the history was rewritten</source>
        <translation>د پلټنې لیکنه {seq} هغه نه ده چې د {at} بېک‌اپ یې لري: تاریخچه بیا لیکل شوې</translation>
    </message>
    <message>
        <source>the same person</source>
        <translation>هماغه کس</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>هماغه کس نه دی</translation>
    </message>
    <message>
        <source>A link is {same} or {not_same}, not {relation!r}.</source>
        <translation>نښلونه یا {same} ده یا {not_same}، نه {relation!r}.</translation>
    </message>
    <message>
        <source>{code} and {other} are not linked.</source>
        <translation>{code} او {other} نه دي نښلول شوې.</translation>
    </message>
    <message>
        <source>A case cannot be linked with itself.</source>
        <translation>یوه قضیه له خپل ځان سره نه شي نښلول کېدای.</translation>
    </message>
    <message>
        <source>There is no list {name!r} in a case (known: {known}).</source>
        <translation>په قضیه کې د {name!r} لړلیک نشته (پېژندل شوي: {known}).</translation>
    </message>
    <message>
        <source>Case {code} has no such item ({uuid}): it may have been removed.</source>
        <translation>قضیه {code} داسې توکی ({uuid}) نه لري: ښايي لرې شوی وي.</translation>
    </message>
    <message>
        <source>There is no case {code} in this store.</source>
        <translation>په دې زېرمه کې {code} قضیه نشته.</translation>
    </message>
    <message>
        <source>{table}: {uuid} is cited by a source; remove the citation before removing it</source>
        <translation>{table}: {uuid} د یوې سرچینې په حواله کې راغلی؛ د لرې کولو مخکې یې حواله لرې کړئ</translation>
    </message>
    <message>
        <source>{table}: uuid {uuid} is given twice</source>
        <translation>{table}: د uuid {uuid} دوه ځله ورکړل شوی</translation>
    </message>
    <message>
        <source>{table}: uuid {uuid} belongs to another case ({code})</source>
        <translation>{table}: د uuid {uuid} د بلې قضیې دی ({code})</translation>
    </message>
    <message>
        <source>This case has no {what} {uuid}.</source>
        <translation>دا قضیه {what} {uuid} نه لري.</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>پېښه</translation>
    </message>
    <message>
        <source>risk factor</source>
        <translation>د خطر عامل</translation>
    </message>
    <message>
        <source>same institution, province and incident dates, similar pseudonym</source>
        <translation>هماغه اداره، ولایت او د پېښو نېټې، ورته مستعار نوم</translation>
    </message>
    <message>
        <source>same tazkira number</source>
        <translation>د تذکرې هماغه شمېره</translation>
    </message>
    <message>
        <source>same full name and father&apos;s name</source>
        <translation>هماغه بشپړ نوم او د پلار نوم</translation>
    </message>
    <message>
        <source>The store&apos;s key-slot file is missing: {path}</source>
        <translation>د زېرمې د کیلي ځایونو فایل نشته: {path}</translation>
    </message>
    <message>
        <source>The store&apos;s key-slot file is damaged ({path}); restore it from a backup of the store folder. The database alone cannot be opened without it.</source>
        <translation>د زېرمې د کیلي ځایونو فایل زیانمن دی ({path})؛ د زېرمې د فولډر له بېک‌اپ څخه یې بېرته راولئ. ډېټابېس یوازې پرته له دې فایل نه پرانیستل کېږي.</translation>
    </message>
    <message>
        <source>This store was made by a newer casefiles (key-slot version {v}); update casefiles to open it.</source>
        <translation>دا زېرمه د casefiles د نوې نسخې له خوا جوړه شوې (د کیلي ځایونو نسخه {v})؛ د پرانیستلو لپاره casefiles تازه کړئ.</translation>
    </message>
    <message>
        <source>{text!r} is not a size (examples: 500MB, 2GB, 4GiB).</source>
        <translation>{text!r} اندازه نه ده (بېلګې: 500MB، 2GB، 4GiB).</translation>
    </message>
    <message>
        <source>largest file accepted as one source, in bytes</source>
        <translation>تر ټولو لوی فایل چې د یوې سرچینې په توګه منل کېږي، په بایټ</translation>
    </message>
    <message>
        <source>remind to back up when the last backup is this many days old (0: never remind)</source>
        <translation>د بېک‌اپ یادونه کول کله چې وروستی بېک‌اپ دومره ورځې زوړ شي (0: هېڅکله یادونه نه کول)</translation>
    </message>
    <message>
        <source>There is no setting {name!r} (known: {names}).</source>
        <translation>د {name!r} امستنه نشته (پېژندل شوې: {names}).</translation>
    </message>
    <message>
        <source>{name} must be more than zero.</source>
        <translation>{name} باید له صفر څخه زیات وي.</translation>
    </message>
    <message>
        <source>There is no source {id} in this store.</source>
        <translation>په دې زېرمه کې {id} سرچینه نشته.</translation>
    </message>
    <message>
        <source>A source edit must be an object of fields and values.</source>
        <translation>د سرچینې سمون باید د ساحو او ارزښتونو object وي.</translation>
    </message>
    <message>
        <source>{name}: set by the store, it cannot be edited.</source>
        <translation>{name}: زېرمه یې ټاکي، نه سمول کېږي.</translation>
    </message>
    <message>
        <source>title: a source needs a title.</source>
        <translation>title: سرچینه سرلیک ته اړتیا لري.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>پټنوم باید لږ تر لږه {n} توري ولري؛ څو بې‌اړیکې کلمې په اسانۍ په یاد پاتې کېږي او په سختۍ اټکل کېږي.</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose a new folder.</source>
        <translation>{path} له مخکې شته او تش نه دی؛ نوی فولډر وټاکئ.</translation>
    </message>
    <message>
        <source>This store is open in a casefiles window (pid {pid}): nothing was written. Lock or close the store there, then try again.</source>
        <translation>دا زېرمه د casefiles په یوه کړکۍ کې خلاصه ده (pid {pid}): هېڅ ونه لیکل شول. زېرمه هلته قلفه یا بنده کړئ، بیا بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>There is no store at {path}.</source>
        <translation>په {path} کې زېرمه نشته.</translation>
    </message>
    <message>
        <source>{path} is not a casefiles store (it holds no {db} or {slots}).</source>
        <translation>{path} د casefiles زېرمه نه ده ({db} یا {slots} نه لري).</translation>
    </message>
    <message>
        <source>{db} belongs to another store than this key-slot file.</source>
        <translation>{db} او د کیلي ځایونو دا فایل د بېلو زېرمو دي.</translation>
    </message>
    <message>
        <source>This store was made by a newer casefiles; update casefiles to open it.</source>
        <translation>دا زېرمه د casefiles د نوې نسخې له خوا جوړه شوې؛ د پرانیستلو لپاره casefiles تازه کړئ.</translation>
    </message>
    <message>
        <source>{path} cannot be written (a write-protected disk, a read-only folder or files), and casefiles only opens a store it can write to: it records every change and every view of an identity. Nothing was changed. Make it writable, or copy the store folder to a writable disk, then unlock it again.</source>
        <translation>په {path} کې لیکل نه شي کېدای (د لیکلو پر وړاندې خوندي ډیسک، یا یوازې د لوستلو فولډر یا فایلونه)، او casefiles یوازې هغه زېرمه خلاصوي چې پکې لیکلای شي: هر بدلون او د هویت هره کتنه ثبتوي. هېڅ بدلون ونه شو. د لیکلو وړ یې کړئ، یا د زېرمې فولډر د لیکلو وړ ډیسک ته کاپي کړئ، بیا یې بیا خلاص کړئ.</translation>
    </message>
    <message>
        <source>This store is already open in another casefiles window (pid {pid}). Use that window, or lock or close the store there, then unlock it here.</source>
        <translation>دا زېرمه لا دمخه د casefiles په بله کړکۍ کې خلاصه ده (pid {pid}). هماغه کړکۍ وکاروئ، یا زېرمه هلته قلفه یا بنده کړئ، بیا یې دلته خلاصه کړئ.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>{db} is damaged or is not this store&apos;s database: it cannot be decrypted with this store&apos;s key. Restore the store from a backup.</source>
        <translation>{db} زیانمن دی یا د دې زېرمې ډېټابېس نه دی: د دې زېرمې په کیلي یې کوډ نه خلاصېږي. زېرمه له بېک‌اپ څخه بېرته راولئ.</translation>
    </message>
    <message>
        <source>The store&apos;s database file is missing: {db}.</source>
        <translation>د زېرمې د ډېټابېس فایل نشته: {db}.</translation>
    </message>
    <message>
        <source>The store&apos;s database file cannot be read (permissions): {db}.</source>
        <translation>د زېرمې د ډېټابېس فایل نه لوستل کېږي (اجازې): {db}.</translation>
    </message>
    <message>
        <source>The store&apos;s database file is empty: {db}. Restore the store from a backup.</source>
        <translation>د زېرمې د ډېټابېس فایل تش دی: {db}. زېرمه له بېک‌اپ څخه بېرته راولئ.</translation>
    </message>
    <message>
        <source>{db} is an unencrypted SQLite database, not a casefiles store&apos;s database.</source>
        <translation>{db} نا کوډ شوی SQLite ډېټابېس دی، د casefiles د زېرمې ډېټابېس نه دی.</translation>
    </message>
    <message>
        <source>The store&apos;s database file is truncated ({size} bytes): {db}. Restore the store from a backup.</source>
        <translation>د زېرمې د ډېټابېس فایل پرې شوی ({size} بایټه): {db}. زېرمه له بېک‌اپ څخه بېرته راولئ.</translation>
    </message>
    <message>
        <source>encrypted pages</source>
        <translation>کوډ شوې پاڼې</translation>
    </message>
    <message>
        <source>database structure</source>
        <translation>د ډېټابېس جوړښت</translation>
    </message>
    <message>
        <source>audit log chain</source>
        <translation>د پلټنې د ثبت ځنځیر</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>د لټون فهرست</translation>
    </message>
    <message>
        <source>source originals</source>
        <translation>د سرچینو اصلي فایلونه</translation>
    </message>
    <message>
        <source>the search index is inconsistent ({err}); it can be rebuilt</source>
        <translation>د لټون فهرست نا برابر دی ({err})؛ بیا جوړېدای شي</translation>
    </message>
    <message>
        <source>destroyed: {name} (overwritten, then removed)</source>
        <translation>له منځه ولاړ: {name} (پرې بیا ولیکل شول، بیا لرې شو)</translation>
    </message>
    <message>
        <source>overwritten but NOT removed: {name}: {problem}</source>
        <translation>پرې بیا ولیکل شول خو لرې نه شو: {name}: {problem}</translation>
    </message>
    <message>
        <source>removed but NOT overwritten: {name}: {problem}</source>
        <translation>لرې شو خو پرې بیا ونه لیکل شول: {name}: {problem}</translation>
    </message>
    <message>
        <source>NOT destroyed: {name}: {problem}</source>
        <translation>له منځه ونه تلو: {name}: {problem}</translation>
    </message>
    <message>
        <source>left in place, not a casefiles file: {name}</source>
        <translation>پر ځای پرېښودل شو، د casefiles فایل نه دی: {name}</translation>
    </message>
    <message>
        <source>removed the folder {path}</source>
        <translation>فولډر {path} لرې شو</translation>
    </message>
    <message>
        <source>the folder {path} could NOT be removed: {problem}</source>
        <translation>فولډر {path} لرې نه شو: {problem}</translation>
    </message>
    <message>
        <source>The store&apos;s key slots are destroyed: it cannot be opened again, with or without the passphrase or the recovery code.</source>
        <translation>د زېرمې د کیلي ځایونه له منځه تللي: زېرمه بیا نه پرانیستل کېږي، که پټنوم یا د بیارغونې کوډ وي که نه وي.</translation>
    </message>
    <message>
        <source>The key slots could NOT all be destroyed: whoever has the passphrase or the recovery code may still open the store.</source>
        <translation>د کیلي ټول ځایونه له منځه نه شول وړل کېدای: هر څوک چې پټنوم یا د بیارغونې کوډ ولري، لا هم زېرمه پرانیستلی شي.</translation>
    </message>
    <message>
        <source>SSDs, USB sticks and memory cards move data around internally (wear levelling): old copies of the overwritten bytes may survive inside the device, out of reach of any program.</source>
        <translation>SSD، USB فلشونه او د حافظې کارتونه معلومات په داخلي توګه ځای پر ځای کوي (wear levelling): د هغو بایټونو زړې نسخې چې پرې بیا لیکل شوي، ښايي د وسیلې دننه پاتې وي، د هر پروګرام له لاسرسي بهر.</translation>
    </message>
    <message>
        <source>Journaling and copy-on-write file systems (ext4 with data journaling, btrfs, ZFS, APFS) and file-system snapshots may keep earlier copies of the files, including key-slot files from before a passphrase change.</source>
        <translation>ژورنال لرونکي او copy-on-write فایل سیسټمونه (ext4 له data journaling سره، btrfs، ZFS، APFS) او د فایل سیسټم snapshots ښايي د فایلونو پخوانۍ نسخې وساتي، په شمول د کیلي ځایونو د هغو فایلونو چې د پټنوم له بدلون مخکې وو.</translation>
    </message>
    <message>
        <source>Backups, exported bundles, dossiers and spreadsheets saved or printed elsewhere, and copies of the store folder, are not touched: destroy them separately.</source>
        <translation>بېک‌اپونه، صادرې شوې بستې، دوسیې او جدولونه چې بل چېرې خوندي یا چاپ شوي، او د زېرمې د فولډر نسخې، نه ړنګېږي: هغه په جلا توګه له منځه یوسئ.</translation>
    </message>
    <message>
        <source>Copies the operating system made are not reached: swap, hibernation files, crash reports, and the shell&apos;s history of commands typed.</source>
        <translation>هغو نسخو ته نه رسېږي چې عملیاتي سیسټم جوړې کړې: swap، د hibernation فایلونه، د کرش راپورونه، او د shell د لیکل شویو قوماندو تاریخچه.</translation>
    </message>
    <message>
        <source>Another copy of casefiles that has this store open keeps what it shows until it is closed: quit it.</source>
        <translation>د casefiles بله نسخه چې دا زېرمه یې پرانیستې وي، هغه څه چې ښيي یې تر تړلو پورې ساتي: هغه وتړئ.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be read: {reason}</source>
        <translation>فولډر {path} نه لوستل کېږي: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a casefiles store (it holds no {db} or {slots}); nothing was wiped.</source>
        <translation>{path} د casefiles زېرمه نه ده ({db} یا {slots} نه لري)؛ هېڅ شی ړنګ نه شو.</translation>
    </message>
    <message>
        <source>it is a link; the file it points to was not overwritten</source>
        <translation>دا لینک دی؛ هغه فایل چې ورته اشاره کوي، پرې بیا ونه لیکل شو</translation>
    </message>
    <message>
        <source>it holds files that are not casefiles&apos;</source>
        <translation>داسې فایلونه لري چې د casefiles نه دي</translation>
    </message>
    <message>
        <source>quote found in the text</source>
        <translation>اقتباس په متن کې وموندل شو</translation>
    </message>
    <message>
        <source>QUOTE NOT FOUND in the text: check it</source>
        <translation>اقتباس په متن کې ونه موندل شو: ویې ګورئ</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>خپرونکی</translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation>دقیق ځای</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ژباړه</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>ازموینه</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>ورسره شریک شوی</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>پروفایل</translation>
    </message>
    <message>
        <source>How</source>
        <translation>طریقه</translation>
    </message>
    <message>
        <source>The bundle holds a member with an absolute path ({name}); it was refused.</source>
        <translation>بسته یو غړی لري چې مطلق لار یې ده ({name})؛ رد شو.</translation>
    </message>
    <message>
        <source>The bundle holds a member whose path leaves its folder ({name}); it was refused.</source>
        <translation>بسته یو غړی لري چې لار یې له خپل فولډر څخه وځي ({name})؛ رد شو.</translation>
    </message>
    <message>
        <source>The bundle holds an unexpected member {name}: only manifest.json, manifest.sig, cases/&lt;uuid&gt;.json and sources/&lt;sha256&gt;[.json] belong in one.</source>
        <translation>بسته یو ناڅاپي غړی {name} لري: په بسته کې یوازې manifest.json، manifest.sig، cases/&lt;uuid&gt;.json او sources/&lt;sha256&gt;[.json] ځای لري.</translation>
    </message>
    <message>
        <source>The Word document cannot be read ({err}: {reason}).</source>
        <translation>د Word سند نه لوستل کېږي ({err}: {reason}).</translation>
    </message>
    <message>
        <source>The store is busy: another casefiles window or casefiles-cli is writing to it. Nothing was written; try again in a moment.</source>
        <translation>زېرمه بوخته ده: د casefiles بله کړکۍ یا casefiles-cli پکې لیکي. هېڅ ونه لیکل شول؛ یوه شېبه وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>The disk is full (or the quota is used up): nothing was written, and what was being saved was undone. Free some space, then try again.</source>
        <translation>ډیسک ډک دی (یا ونډه ختمه شوې): هېڅ ونه لیکل شول، او څه چې خوندي کېدل بېرته شول. یو څه ځای خالي کړئ، بیا بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>The store&apos;s folder</source>
        <translation>د زېرمې فولډر</translation>
    </message>
    <message>
        <source>{folder} cannot be written (a write-protected disk, a read-only folder or files): nothing was written. Make it writable, or copy the store folder to a writable disk, then unlock it again.</source>
        <translation>په {folder} کې لیکل نه شي کېدای (د لیکلو پر وړاندې خوندي ډیسک، یا یوازې د لوستلو فولډر یا فایلونه): هېڅ ونه لیکل شول. د لیکلو وړ یې کړئ، یا د زېرمې فولډر د لیکلو وړ ډیسک ته کاپي کړئ، بیا یې بیا خلاص کړئ.</translation>
    </message>
    <message>
        <source>The store&apos;s folder is gone (was the USB stick removed?). Nothing more was written; plug it back in and unlock again.</source>
        <translation>د زېرمې فولډر نشته (آیا USB فلش وویستل شو؟). نور هېڅ ونه لیکل شول؛ بېرته یې ونښلوئ او بیا یې خلاص کړئ.</translation>
    </message>
    <message>
        <source>The disk holding the store failed to read or write it ({reason}). Nothing more was written; check that it is still plugged in, lock, unlock again and run verify.</source>
        <translation>هغه ډیسک چې زېرمه پکې ده په لوستلو یا لیکلو کې پاتې راغی ({reason}). نور هېڅ ونه لیکل شول؛ وګورئ چې لا نښلول شوی وي، قلف یې کړئ، بیا یې خلاص کړئ او verify وچلوئ.</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>همکار زیاتول</translation>
    </message>
    <message>
        <source>They read these digits to me over the phone and they match</source>
        <translation>دوی دا عددونه ماته په تلیفون کې ولوستل او برابر دي</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Their card</source>
        <translation>د هغوی کارت</translation>
    </message>
    <message>
        <source>Its fingerprint</source>
        <translation>د کارت ګوتنښه</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the store</source>
        <translation>د زېرمې بېک‌اپ اخیستل</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>بېک‌اپ اخیستل</translation>
    </message>
    <message>
        <source>Choose where the backup goes…</source>
        <translation>د بېک‌اپ ځای وټاکئ…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>ټاکل…</translation>
    </message>
    <message>
        <source>One encrypted file with every case, identity, source and the audit log. It opens only with this store&apos;s passphrase or its recovery code. Keep it on another disk, away from this computer.</source>
        <translation>یو کوډ شوی فایل چې هره قضیه، هویت، سرچینه او د پلټنې ثبت لري. یوازې د دې زېرمې په پټنوم یا د بیارغونې په کوډ پرانیستل کېږي. په بل ډیسک کې یې له دې کمپیوټر لرې وساتئ.</translation>
    </message>
    <message>
        <source>This store has not been backed up yet.</source>
        <translation>د دې زېرمې بېک‌اپ لا نه دی اخیستل شوی.</translation>
    </message>
    <message>
        <source>Last backup: %1 (UTC).</source>
        <translation>وروستی بېک‌اپ: %1 (UTC).</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>بېک‌اپ خوندي کول</translation>
    </message>
    <message>
        <source>Backed up to %1 and verified (%2).</source>
        <translation>بېک‌اپ په %1 کې واخیستل شو او وازمویل شو (%2).</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>خبرداری: %1</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>This store has never been backed up.</source>
        <translation>د دې زېرمې بېک‌اپ هېڅکله نه دی اخیستل شوی.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago.</source>
        <translation>
            <numerusform>وروستی بېک‌اپ %n ورځ مخکې اخیستل شوی.</numerusform>
            <numerusform>وروستی بېک‌اپ %n ورځې مخکې اخیستل شوی.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>همدا اوس بېک‌اپ</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>وروسته</translation>
    </message>
</context>
<context>
    <name>CandidateCasesModel</name>
    <message>
        <source>Case</source>
        <translation>قضیه</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>مستعار نوم</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>نمره</translation>
    </message>
    <message>
        <source>What matches</source>
        <translation>څه برابرېږي</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>حواله شوې</translation>
    </message>
    <message>
        <source>“%1” (%2 sentence(s)): %3, %4</source>
        <translation>«%1» (جملې: %2): %3، %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>هو</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>نوې قضیه</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>قضیه سمول</translation>
    </message>
    <message>
        <source>Who the person was and what has happened to them, in a few sentences (any language)</source>
        <translation>کس څوک و او څه ورسره شوي، په څو جملو کې (په هره ژبه)</translation>
    </message>
    <message>
        <source>Working notes: not part of the summary</source>
        <translation>کاري یادښتونه: د لنډیز برخه نه دي</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>مستعار نوم</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>زوکړه</translation>
    </message>
    <message>
        <source>Province of origin</source>
        <translation>اصلي ولایت</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ولسوالۍ</translation>
    </message>
    <message>
        <source>Now in (country)</source>
        <translation>اوسنی ځای (هېواد)</translation>
    </message>
    <message>
        <source>Now in (place)</source>
        <translation>اوسنی ځای (سیمه)</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>له کله راهیسې</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>پړاو</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مسؤل</translation>
    </message>
    <message>
        <source>Tags (comma between)</source>
        <translation>ټګونه (د , په واسطه جلا)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>لنډیز</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادښتونه</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Code</source>
        <translation>کوډ</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>مستعار نوم</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>پړاو</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>اداره</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>پېښې</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Summary</source>
        <translation>لنډیز</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کس</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>هویت</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>دنده</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>پېښې</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>خپلوان</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>خطر</translation>
    </message>
    <message>
        <source>Share log</source>
        <translation>د شریکولو ثبت</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Reveal identity</source>
        <translation>هویت ښکاره کول</translation>
    </message>
    <message>
        <source>Shows the person&apos;s name and ID numbers. Each viewing is recorded in the audit log.</source>
        <translation>د کس نوم او د پېژندنې شمېرې ښيي. هره کتنه د پلټنې په ثبت کې لیکل کېږي.</translation>
    </message>
    <message>
        <source>Edit identity…</source>
        <translation>هویت سمول…</translation>
    </message>
    <message>
        <source>Opens the identity for editing; this too is recorded in the audit log.</source>
        <translation>هویت د سمون لپاره پرانیزي؛ دا هم د پلټنې په ثبت کې لیکل کېږي.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>لا هېڅ شی نه دی ثبت شوی.</translation>
    </message>
    <message>
        <source>Edit consent…</source>
        <translation>رضایت سمول…</translation>
    </message>
    <message>
        <source>Link with another case…</source>
        <translation>له بلې قضیې سره نښلول…</translation>
    </message>
    <message>
        <source>Add a posting…</source>
        <translation>ګومارنه زیاتول…</translation>
    </message>
    <message>
        <source>Add an incident…</source>
        <translation>پېښه زیاتول…</translation>
    </message>
    <message>
        <source>Add a relative…</source>
        <translation>خپلوان زیاتول…</translation>
    </message>
    <message>
        <source>No risk assessment yet.</source>
        <translation>لا د خطر ارزونه نه ده شوې.</translation>
    </message>
    <message>
        <source>Edit the assessment…</source>
        <translation>ارزونه سمول…</translation>
    </message>
    <message>
        <source>Add a risk factor…</source>
        <translation>د خطر عامل زیاتول…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>سمول…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>لرې کول…</translation>
    </message>
    <message>
        <source>Forget this decision</source>
        <translation>دا پرېکړه هېرول</translation>
    </message>
    <message>
        <source>The same person: link</source>
        <translation>هماغه کس: نښلول</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>هماغه کس نه دی</translation>
    </message>
    <message>
        <source>The identity is withheld. Reveal it only when you need it; the viewing is recorded.</source>
        <translation>هویت پټ ساتل شوی. یوازې هغه وخت یې ښکاره کړئ چې اړتیا ورته لرئ؛ کتنه ثبتېږي.</translation>
    </message>
    <message>
        <source>No identity is recorded for this case.</source>
        <translation>د دې قضیې لپاره هویت نه دی ثبت شوی.</translation>
    </message>
    <message>
        <source>No source is cited yet.</source>
        <translation>لا هېڅ سرچینې ته حواله نه ده ورکړل شوې.</translation>
    </message>
    <message>
        <source>This case has not been shared.</source>
        <translation>دا قضیه نه ده شریکه شوې.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>د پلټنې ثبت</translation>
    </message>
</context>
<context>
    <name>CiteDialog</name>
    <message>
        <source>Cite a source</source>
        <translation>سرچینې ته حواله ورکول</translation>
    </message>
    <message>
        <source>The case as a whole</source>
        <translation>ټوله قضیه</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>سرچینه</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>قضیه</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>ملاتړ کوي</translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation>دقیق ځای</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ژباړه</translation>
    </message>
    <message>
        <source>Say where in the source: a page, section or paragraph.</source>
        <translation>وښایاست چې د سرچینې په کوم ځای کې: مخ، برخه یا پاراګراف.</translation>
    </message>
    <message>
        <source>The quote was found in the source&apos;s text.</source>
        <translation>اقتباس د سرچینې په متن کې وموندل شو.</translation>
    </message>
    <message>
        <source>The quote was NOT found in the source&apos;s text: check it against the original.</source>
        <translation>اقتباس د سرچینې په متن کې ونه موندل شو: له اصلي فایل سره یې پرتله کړئ.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>د ورکړې نېټه</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>موافقه</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ثبتوونکی</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Lock the store now? Whatever could not be saved stays in its window until you lock.</source>
        <translation>زېرمه اوس قلفه شي؟ څه چې خوندي نه شول تر هغه په خپله کړکۍ کې پاتې کېږي چې تاسو یې قلف کړئ.</translation>
    </message>
</context>
<context>
    <name>CreateStoreDialog</name>
    <message>
        <source>Create a casefiles store</source>
        <translation>د casefiles زېرمه جوړول</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ټاکل…</translation>
    </message>
    <message>
        <source>Create the store</source>
        <translation>زېرمه جوړول</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>له بېک‌اپ څخه بېرته راوستل…</translation>
    </message>
    <message>
        <source>The store keeps every case encrypted on this laptop. Choose a passphrase of four or five unrelated words: without it nobody can read the store, and nobody can reset it for you.</source>
        <translation>زېرمه هره قضیه په دې لپټاپ کې کوډ شوې ساتي. د څلورو یا پنځو بې‌اړیکو کلمو پټنوم وټاکئ: پرته له دې هېڅوک زېرمه نه شي لوستلای، او هېڅوک یې ستاسو لپاره بیا نه شي ټاکلای.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>فولډر</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>بیا یې ولیکئ</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>پیاوړتیا</translation>
    </message>
    <message>
        <source>Where to keep the store</source>
        <translation>زېرمه چېرته وساتل شي</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دواړه پټنومونه سره توپیر لري.</translation>
    </message>
    <message>
        <source>Creating the store… (tuning the key derivation to this laptop takes a second or two)</source>
        <translation>زېرمه جوړېږي… (له دې لپټاپ سره د کیلي جوړونې برابرول یوه یا دوې ثانیې وخت نیسي)</translation>
    </message>
    <message>
        <source>This is the store&apos;s recovery code. It opens the store if the passphrase is ever forgotten. It is shown only now: print it or write it down, and keep it apart from this laptop.</source>
        <translation>دا د زېرمې د بیارغونې کوډ دی. که پټنوم کله هم هېر شي، دا کوډ زېرمه پرانیزي. یوازې اوس ښودل کېږي: چاپ یې کړئ یا یې ولیکئ، او له دې لپټاپ څخه یې جلا وساتئ.</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>د بیارغونې پاڼه چاپول…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code and will keep it apart from this laptop</source>
        <translation>ما د بیارغونې کوډ چاپ کړی یا لیکلی، او له دې لپټاپ څخه به یې جلا ساتم</translation>
    </message>
    <message>
        <source>Start using casefiles</source>
        <translation>د casefiles کارول پیلول</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 24 Asad 1400, 2021-08-15, Aug 2021, c. 2019</source>
        <translation>لکه 24 زمری 1400، 2021-08-15، اګست 2021، شاوخوا 2019</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Summary</source>
        <extracomment>Where Qt&apos;s user settings point while the print dialog runs: a folder no one can make.</extracomment>
        <translation>لنډیز</translation>
    </message>
    <message>
        <source>The person and their service</source>
        <translation>کس او د هغه دنده</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>د خطر ارزونه</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>د پېښو مهالوېش</translation>
    </message>
    <message>
        <source>Relatives targeted</source>
        <translation>په نښه شوي خپلوان</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>هویت</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>ضمیمې</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>دوسیه</translation>
    </message>
    <message>
        <source>Solar Hijri, Gregorian beside</source>
        <translation>لمریز هجري، میلادي ورسره څنګ ته</translation>
    </message>
    <message>
        <source>Gregorian, Solar Hijri beside</source>
        <translation>میلادي، لمریز هجري ورسره څنګ ته</translation>
    </message>
    <message>
        <source>Append the exhibits (PDF pages, images, texts)</source>
        <translation>ضمیمې ورزیاتول (د PDF مخونه، انځورونه، متنونه)</translation>
    </message>
    <message>
        <source>Your organisation, as the cover names it</source>
        <translation>ستاسو سازمان، لکه څنګه چې پوښ یې نوموي</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>مخکتنه</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>خوندي کول…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>چاپول…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>د چا لپاره</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>نېټې</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>برخې</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>چمتو کوونکی</translation>
    </message>
    <message>
        <source>This dossier includes the person&apos;s identity: the case records their consent to disclose it to these authorities. Hand it over only to them.</source>
        <translation>دا دوسیه د کس هویت لري: په قضیه کې د کس رضایت ثبت دی چې هویت یې همدې چارواکو ته ښکاره شي. یوازې هغوی ته یې وسپارئ.</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>جوړېږي…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Save or print exactly this.</source>
        <translation>
            <numerusform>%n مخ. همدا دقیقاً خوندي یا چاپ کړئ.</numerusform>
            <numerusform>%n مخونه. همدا دقیقاً خوندي یا چاپ کړئ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>دوسیه خوندي کول</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 نه لیکل کېږي: %2</translation>
    </message>
    <message>
        <source>Saved to %1 and noted in the share log.</source>
        <translation>په %1 کې خوندي شوه او د شریکولو په ثبت کې ولیکل شوه.</translation>
    </message>
    <message>
        <source>Sent to the printer and noted in the share log.</source>
        <translation>چاپګر ته ولېږل شوه او د شریکولو په ثبت کې ولیکل شوه.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Discard the changes you made?</source>
        <translation>ستاسو بدلونونه دې پرېښودل شي؟</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export cases to a partner</source>
        <translation>همکار ته قضیې صادرول</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هېڅ)</translation>
    </message>
    <message>
        <source>%1 (cannot make a bundle)</source>
        <translation>%1 (بسته نه شي جوړولای)</translation>
    </message>
    <message>
        <source>To &amp;partners (their keys)</source>
        <translation>همکارانو ته (د هغوی کیلي)</translation>
    </message>
    <message>
        <source>To a pass&amp;phrase</source>
        <translation>پټنوم ته</translation>
    </message>
    <message>
        <source>%1 (NOT verified)</source>
        <translation>%1 (تایید شوی نه دی)</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>ګوتنښه %1</translation>
    </message>
    <message>
        <source>Include the cited &amp;sources the profile lets out</source>
        <translation>هغه حواله شوې سرچینې چې پروفایل یې اجازه ورکوي، شاملول</translation>
    </message>
    <message>
        <source>Your organisation&apos;s name (optional)</source>
        <translation>ستاسو د سازمان نوم (اختیاري)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>په بل نوم خوندي کول…</translation>
    </message>
    <message numerus="yes">
        <source>Cases (%n)</source>
        <translation>
            <numerusform>قضیه (%n)</numerusform>
            <numerusform>قضیې (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>پروفایل</translation>
    </message>
    <message>
        <source>Encrypted for</source>
        <translation>د چا لپاره کوډ شوې</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>بیا یې ولیکئ</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>لېږونکی</translation>
    </message>
    <message>
        <source>Choose at least one case to export.</source>
        <translation>د صادرولو لپاره لږ تر لږه یوه قضیه وټاکئ.</translation>
    </message>
    <message>
        <source>This profile withholds the cases&apos; UUIDs, which a partner&apos;s import needs: it cannot make a bundle. Choose another profile.</source>
        <translation>دا پروفایل د قضیو UUID پټ ساتي، چې د همکار راوړنه ورته اړتیا لري: بسته نه شي جوړولای. بل پروفایل وټاکئ.</translation>
    </message>
    <message>
        <source>Tick at least one partner to encrypt to.</source>
        <translation>لږ تر لږه یو همکار په نښه کړئ چې بسته ورته کوډ شي.</translation>
    </message>
    <message>
        <source>The address book is empty: add a partner (Store &gt; Organisation keys and partners) or export to a passphrase.</source>
        <translation>د پتو کتاب تش دی: همکار زیات کړئ (زېرمه &gt; د سازمان کیلي او همکاران) یا پټنوم ته صادر کړئ.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>پټنوم لږ تر لږه %n توري ته اړتیا لري.</numerusform>
            <numerusform>پټنوم لږ تر لږه %n تورو ته اړتیا لري.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دواړه پټنومونه سره توپیر لري.</translation>
    </message>
    <message>
        <source>Partner not verified</source>
        <translation>همکار تایید شوی نه دی</translation>
    </message>
    <message>
        <source>At least one chosen partner is NOT verified: their key was not compared with them by phone or in person, so the bundle may be read by someone else. Export to them anyway?</source>
        <translation>لږ تر لږه یو ټاکل شوی همکار تایید شوی نه دی: د هغه کیلي له هغه سره په تلیفون یا مخامخ نه ده پرتله شوې، نو ښايي بسته بل څوک ولولي. بیا هم ورته صادره شي؟</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>بسته خوندي کول</translation>
    </message>
    <message>
        <source>Encrypting and writing the bundle…</source>
        <translation>بسته کوډ او لیکل کېږي…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 ولیکل شو.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation>
            <numerusform>%n قضیه: </numerusform>
            <numerusform>%n قضیې: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n سرچینه</numerusform>
            <numerusform>%n سرچینې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n with the original)</source>
        <translation>
            <numerusform> (%n یې له اصلي فایل سره)</numerusform>
            <numerusform> (%n یې له اصلي فایل سره)</numerusform>
        </translation>
    </message>
    <message>
        <source>For: %1; profile: %2</source>
        <translation>د چا لپاره: %1؛ پروفایل: %2</translation>
    </message>
    <message>
        <source>File SHA-256: %1</source>
        <translation>د فایل SHA-256: %1</translation>
    </message>
    <message>
        <source>Recorded in the share log of each case.</source>
        <translation>د هرې قضیې د شریکولو په ثبت کې ولیکل شو.</translation>
    </message>
    <message numerus="yes">
        <source>%n cited source(s) kept back by the profile.</source>
        <translation>
            <numerusform>%n حواله شوې سرچینه د پروفایل له امله شامله نه شوه.</numerusform>
            <numerusform>%n حواله شوې سرچینې د پروفایل له امله شاملې نه شوې.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search cases (any language)…</source>
        <translation>په قضیو کې لټون (په هره ژبه)…</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>ټول ولایتونه</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>ټولې ادارې</translation>
    </message>
    <message>
        <source>All situations</source>
        <translation>ټول حالتونه</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>ټول پړاوونه</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>ټګ</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>د قضیې مسؤل</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Identity</source>
        <translation>هویت</translation>
    </message>
    <message>
        <source>The identity is shown because you asked for it; the viewing and any change are recorded in the audit log.</source>
        <translation>هویت ځکه ښودل کېږي چې تاسو وغوښت؛ کتنه او هر بدلون د پلټنې په ثبت کې لیکل کېږي.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>بشپړ نوم</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>د پلار نوم</translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation>د نیکه نوم</translation>
    </message>
    <message>
        <source>Tazkira number</source>
        <translation>د تذکرې شمېره</translation>
    </message>
    <message>
        <source>Other ID numbers (one a line)</source>
        <translation>د پېژندنې نورې شمېرې (په هره کرښه کې یوه)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>د زېږون نېټه</translation>
    </message>
    <message>
        <source>Phone numbers (one a line)</source>
        <translation>د تلیفون شمېرې (په هره کرښه کې یوه)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>انځورونه</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), kept as they are</source>
        <translation>
            <numerusform>%n انځور، لکه څنګه چې دی ساتل شوی</numerusform>
            <numerusform>%n انځورونه، لکه څنګه چې دي ساتل شوي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(not there)</source>
        <translation>(نشته)</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>بسته راوړل</translation>
    </message>
    <message>
        <source>The signer is unknown: import &amp;anyway</source>
        <translation>لاسلیک کوونکی نامعلوم دی: بیا هم راوړل</translation>
    </message>
    <message>
        <source>&amp;Open with the passphrase</source>
        <translation>په پټنوم پرانیستل</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>قضیه</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>مستعار نوم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <source>Likely duplicates: new cases that may be people already documented here. Each comes in as a case of its own; linking records that they are the same person.</source>
        <translation>احتمالي تکرارونه: نوې قضیې چې ښايي د هغو کسانو وي چې دلته له مخکې ثبت شوي. هره یوه د جلا قضیې په توګه راځي؛ نښلول ثبتوي چې دوی هماغه یو کس دی.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>نوې قضیه</translation>
    </message>
    <message>
        <source>Case here</source>
        <translation>دلته موجوده قضیه</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ولې</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>پرېکړه</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ساحه</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>زموږ</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>د هغوی</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ساتل</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>راوړل</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>لاسلیک کوونکی</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>قضیې</translation>
    </message>
    <message>
        <source>Conflicts: both sides changed these fields; choose which value to keep</source>
        <translation>ټکرونه: دواړو خواوو دا ساحې بدلې کړې؛ وټاکئ چې کوم ارزښت وساتل شي</translation>
    </message>
    <message>
        <source>Decrypting and checking the bundle…</source>
        <translation>د بستې کوډ خلاصېږي او ازمویل کېږي…</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>تر هغه چې «راوړل» ونه کښېکاږئ، هېڅ شی نه لیکل کېږي.</translation>
    </message>
    <message>
        <source>UNKNOWN key: not in the address book (the bundle says it is from “%1”)</source>
        <translation>نامعلومه کیلي: د پتو په کتاب کې نشته (بسته وايي چې له «%1» څخه ده)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تایید شوی</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>تایید شوی نه دی</translation>
    </message>
    <message>
        <source>takes theirs: %1</source>
        <translation>د هغوی ارزښت اخلي: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n ټکر</numerusform>
            <numerusform>%n ټکرونه</numerusform>
        </translation>
    </message>
    <message>
        <source>likely duplicate of %1</source>
        <translation>د %1 احتمالي تکرار</translation>
    </message>
    <message>
        <source>(identity field)</source>
        <translation>(د هویت ساحه)</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>ښودل…</translation>
    </message>
    <message>
        <source>Show both values (the viewing is recorded in the audit log)</source>
        <translation>دواړه ارزښتونه ښودل (کتنه د پلټنې په ثبت کې لیکل کېږي)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ټاکل…</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) in the bundle</source>
        <translation>
            <numerusform>په بسته کې %n سرچینه</numerusform>
            <numerusform>په بسته کې %n سرچینې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new here</source>
        <translation>
            <numerusform>، %n یې دلته نوې ده</numerusform>
            <numerusform>، %n یې دلته نوې دي</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>وروسته پرېکړه</translation>
    </message>
    <message>
        <source>The same person: link</source>
        <translation>هماغه کس: نښلول</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>هماغه کس نه دی</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>راوړل کېږي…</translation>
    </message>
    <message>
        <source>Nothing to import: the store already holds everything in this bundle.</source>
        <translation>د راوړلو لپاره څه نشته: زېرمه د دې بستې هر څه له مخکې لري.</translation>
    </message>
    <message>
        <source>Imported: %1 new case(s), %2 updated, %3 unchanged; %4 new source(s), %5 new citation(s).</source>
        <translation>راوړل شول: %1 نوې قضیې، %2 تازه شوې، %3 نابدله؛ %4 نوې سرچینې، %5 نوې حوالې.</translation>
    </message>
    <message>
        <source>Kept %1 for %2.</source>
        <translation>د %2 لپاره %1 وساتل شو.</translation>
    </message>
    <message>
        <source>Linked %1 with %2: %3.</source>
        <translation>%1 له %2 سره ونښلول شوه: %3.</translation>
    </message>
    <message>
        <source>%1 may be the same person as %2: decide in the case&apos;s Related cases.</source>
        <translation>%1 ښايي هماغه کس وي چې %2: د قضیې په «اړوندې قضیې» برخه کې پرېکړه وکړئ.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>نوې پېښه</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>پېښه سمول</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>څه پېښ شول</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کله</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ولسوالۍ</translation>
    </message>
    <message>
        <source>Or abroad: country</source>
        <translation>یا له هېواده بهر: هېواد</translation>
    </message>
    <message>
        <source>City</source>
        <translation>ښار</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>د چا له خوا</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>تشریح</translation>
    </message>
    <message>
        <source>Situation after</source>
        <translation>له پېښې وروسته حالت</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>تایید</translation>
    </message>
    <message>
        <source>Remove this incident from the case?</source>
        <translation>دا پېښه له قضیې لرې شي؟</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Add a posting to %1</source>
        <translation>%1 ته ګومارنه زیاتول</translation>
    </message>
    <message>
        <source>Edit a posting of %1</source>
        <translation>د %1 ګومارنه سمول</translation>
    </message>
    <message>
        <source>Remove a posting of %1</source>
        <translation>د %1 ګومارنه لرې کول</translation>
    </message>
    <message>
        <source>Add incident to %1</source>
        <translation>%1 ته پېښه زیاتول</translation>
    </message>
    <message>
        <source>Edit an incident of %1</source>
        <translation>د %1 پېښه سمول</translation>
    </message>
    <message>
        <source>Remove an incident of %1</source>
        <translation>د %1 پېښه لرې کول</translation>
    </message>
    <message>
        <source>Add a relative to %1</source>
        <translation>%1 ته خپلوان زیاتول</translation>
    </message>
    <message>
        <source>Edit a relative of %1</source>
        <translation>د %1 خپلوان سمول</translation>
    </message>
    <message>
        <source>Remove a relative of %1</source>
        <translation>د %1 خپلوان لرې کول</translation>
    </message>
    <message>
        <source>Add a risk factor to %1</source>
        <translation>%1 ته د خطر عامل زیاتول</translation>
    </message>
    <message>
        <source>Edit a risk factor of %1</source>
        <translation>د %1 د خطر عامل سمول</translation>
    </message>
    <message>
        <source>Remove a risk factor of %1</source>
        <translation>د %1 د خطر عامل لرې کول</translation>
    </message>
    <message>
        <source>Edit the risk assessment of %1</source>
        <translation>د %1 د خطر ارزونه سمول</translation>
    </message>
    <message>
        <source>Edit the consent of %1</source>
        <translation>د %1 رضایت سمول</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n سرچینه</numerusform>
            <numerusform>%n سرچینې</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>قضیې</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>قلفول</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L): close the store until the passphrase is entered again</source>
        <translation>همدا اوس قلفول (Ctrl+L): زېرمه تر هغه تړل کېږي چې پټنوم بیا ولیکل شي</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>غوره‌توبونه…</translation>
    </message>
    <message>
        <source>Organisation &amp;keys and partners…</source>
        <translation>د سازمان کیلي او همکاران…</translation>
    </message>
    <message>
        <source>Our card to send to partners, and theirs</source>
        <translation>زموږ کارت چې همکارانو ته لېږل کېږي، او د هغوی کارتونه</translation>
    </message>
    <message>
        <source>E&amp;xport cases to a partner…</source>
        <translation>همکار ته قضیې صادرول…</translation>
    </message>
    <message>
        <source>An encrypted bundle of the case shown, for partners or a passphrase</source>
        <translation>د ښودل شوې قضیې کوډ شوې بسته، د همکارانو یا پټنوم لپاره</translation>
    </message>
    <message>
        <source>Export &amp;all listed cases…</source>
        <translation>ټولې لړلیک شوې قضیې صادرول…</translation>
    </message>
    <message>
        <source>An encrypted bundle of every case the list shows (with its filters)</source>
        <translation>د هرې هغې قضیې کوډ شوې بسته چې لړلیک یې ښيي (له چاڼونو سره)</translation>
    </message>
    <message>
        <source>Import a &amp;bundle…</source>
        <translation>بسته راوړل…</translation>
    </message>
    <message>
        <source>Preview and import a partner&apos;s bundle</source>
        <translation>د همکار د بستې مخکتنه او راوړل</translation>
    </message>
    <message>
        <source>Import a &amp;spreadsheet…</source>
        <translation>جدول راوړل…</translation>
    </message>
    <message>
        <source>Cases from a CSV file or an Excel workbook: map the columns, preview, import</source>
        <translation>له CSV یا Excel فایل څخه قضیې: ستونونه تطبیق کړئ، مخکتنه وکړئ، راوړئ</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>بیړنی ړنګول…</translation>
    </message>
    <message>
        <source>Destroy this store for good, without the passphrase (asks you to type WIPE first)</source>
        <translation>دا زېرمه د تل لپاره له منځه وړل، پرته له پټنوم (لومړی غواړي چې WIPE ولیکئ)</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>بېک‌اپ اخیستل…</translation>
    </message>
    <message>
        <source>One encrypted, verified file of the whole store, to keep on another disk</source>
        <translation>د ټولې زېرمې یو کوډ شوی او ازمویل شوی فایل، چې په بل ډیسک کې وساتل شي</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>له بېک‌اپ څخه بېرته راوستل…</translation>
    </message>
    <message>
        <source>Turn a backup file into a store in a new folder</source>
        <translation>بېک‌اپ فایل په یوه نوي فولډر کې په زېرمه بدلول</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>وتل</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>نوې قضیه…</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>نوې قضیه پرانیستل</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>قضیه سمول…</translation>
    </message>
    <message>
        <source>Edit the case&apos;s main facts and summary</source>
        <translation>د قضیې اصلي حقایق او لنډیز سمول</translation>
    </message>
    <message>
        <source>Add &amp;incident…</source>
        <translation>پېښه زیاتول…</translation>
    </message>
    <message>
        <source>Record something done to the person</source>
        <translation>هغه څه ثبتول چې له کس سره شوي</translation>
    </message>
    <message>
        <source>&amp;Import sources…</source>
        <translation>سرچینې راوړل…</translation>
    </message>
    <message>
        <source>Take reports, letters, photos into the store</source>
        <translation>راپورونه، لیکونه، انځورونه زېرمې ته راوړل</translation>
    </message>
    <message>
        <source>Edit source &amp;details…</source>
        <translation>د سرچینې تفصیلات سمول…</translation>
    </message>
    <message>
        <source>Title, publisher, date and the rest of the selected source</source>
        <translation>د ټاکل شوې سرچینې سرلیک، خپرونکی، نېټه او نور</translation>
    </message>
    <message>
        <source>&amp;Copy case code</source>
        <translation>د قضیې کوډ کاپي کول</translation>
    </message>
    <message>
        <source>Copy the case&apos;s code, to refer to it elsewhere (concealed from clipboard histories)</source>
        <translation>د قضیې کوډ کاپي کول، څو بل ځای ورته اشاره وشي (د کلیپ‌بورډ له تاریخچو پټ)</translation>
    </message>
    <message>
        <source>&amp;Dossier…</source>
        <translation>دوسیه…</translation>
    </message>
    <message>
        <source>A PDF dossier of this case for an asylum authority, a partner or advocacy</source>
        <translation>د دې قضیې PDF دوسیه د پناه غوښتنې چارواکو، همکار یا مدافعې لپاره</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>لټون…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>بېرته کول</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>بیا کول</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>زېرمه</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>سمون</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>قضیه</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>لید</translation>
    </message>
    <message>
        <source>Dates in the &amp;Gregorian calendar</source>
        <translation>نېټې په میلادي کلیز</translation>
    </message>
    <message>
        <source>Dates in the &amp;Solar Hijri calendar</source>
        <translation>نېټې په لمریز هجري کلیز</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>اصلي</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n قضیه</numerusform>
            <numerusform>%n قضیې</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>قضیه %1 پرانیستل شوه.</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>قضیه %1 سمول</translation>
    </message>
    <message>
        <source>Link with another case</source>
        <translation>له بلې قضیې سره نښلول</translation>
    </message>
    <message>
        <source>The code of the case that is the same person as %1:</source>
        <translation>د هغې قضیې کوډ چې کس یې له %1 سره یو دی:</translation>
    </message>
    <message>
        <source>Cannot link the cases</source>
        <translation>قضیې نه شي نښلول کېدای</translation>
    </message>
    <message>
        <source>%1 and %2: %3.</source>
        <translation>%1 او %2: %3.</translation>
    </message>
    <message>
        <source>The decision about %1 and %2 is forgotten.</source>
        <translation>د %1 او %2 په اړه پرېکړه هېره شوه.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>خوندي شو.</translation>
    </message>
    <message>
        <source>No case is listed to export.</source>
        <translation>د صادرولو لپاره هېڅ قضیه په لړلیک کې نشته.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>بسته راوړل</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>%n قضیه راوړل شوه.</numerusform>
            <numerusform>%n قضیې راوړل شوې.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>جدول راوړل</translation>
    </message>
    <message>
        <source>Copied %1; the clipboard is cleared after %2 seconds.</source>
        <translation>%1 کاپي شو؛ کلیپ‌بورډ له %2 ثانیو وروسته پاکېږي.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>بېرته نه شي کېدای</translation>
    </message>
    <message>
        <source>Restart casefiles?</source>
        <translation>casefiles بیا پیل شي؟</translation>
    </message>
    <message>
        <source>casefiles will be in %1 from its next start. Restart now? The store is closed and its passphrase asked again.</source>
        <translation>casefiles به له راتلونکي ځل پیل څخه په %1 ژبه وي. همدا اوس بیا پیل شي؟ زېرمه تړل کېږي او پټنوم یې بیا غوښتل کېږي.</translation>
    </message>
    <message>
        <source>Choose the case to cite it for first.</source>
        <translation>لومړی هغه قضیه وټاکئ چې د هغې لپاره حواله ورکول غواړئ.</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Organisation keys and partners</source>
        <translation>د سازمان کیلي او همکاران</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>همکار</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>ګوتنښه</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تایید شوی</translation>
    </message>
    <message>
        <source>Our organisation&apos;s card</source>
        <translation>زموږ د سازمان کارت</translation>
    </message>
    <message>
        <source>The name partners will see (optional)</source>
        <translation>هغه نوم چې همکاران به یې ویني (اختیاري)</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>نوم خوندي کول</translation>
    </message>
    <message>
        <source>Copy the card</source>
        <translation>کارت کاپي کول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Card (send it to partners)</source>
        <translation>کارت (همکارانو ته یې ولېږئ)</translation>
    </message>
    <message>
        <source>Fingerprint (read it out over the phone)</source>
        <translation>ګوتنښه (په تلیفون کې یې ولولئ)</translation>
    </message>
    <message>
        <source>Saved: the card now names %1.</source>
        <translation>خوندي شو: کارت اوس %1 نوموي.</translation>
    </message>
    <message>
        <source>Saved: the card names no organisation.</source>
        <translation>خوندي شو: کارت هېڅ سازمان نه نوموي.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>همکاران</translation>
    </message>
    <message>
        <source>Add a partner…</source>
        <translation>همکار زیاتول…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>تاییدول…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>لرې کول…</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>هو، %1</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>تایید شوی نه دی</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 زیات شو.</translation>
    </message>
    <message>
        <source>Choose a partner first.</source>
        <translation>لومړی یو همکار وټاکئ.</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 تایید شو.</translation>
    </message>
    <message>
        <source>Remove %1 from the partners? Bundles can no longer be sent to them or checked as theirs.</source>
        <translation>%1 له همکارانو لرې شي؟ نور به نه هغوی ته بستې لېږل کېدای شي او نه به بستې د هغوی د بستو په توګه ازمویل کېږي.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>غوره‌توبونه</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقې</translation>
    </message>
    <message>
        <source>The store locks itself after this long without a key press or a mouse movement.</source>
        <translation>زېرمه له دومره وخت وروسته ځان قلفوي که هېڅ تڼۍ ونه کښېکښل شي یا موږک ونه خوځېږي.</translation>
    </message>
    <message>
        <source>Solar Hijri (the other shown beside)</source>
        <translation>لمریز هجري (بل کلیز څنګ ته ښودل کېږي)</translation>
    </message>
    <message>
        <source>Gregorian (the other shown beside)</source>
        <translation>میلادي (بل کلیز څنګ ته ښودل کېږي)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>د بې‌کارۍ له دې مودې وروسته قلفول</translation>
    </message>
    <message>
        <source>Show dates in</source>
        <translation>نېټې په دې کلیز کې ښودل</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>په دې کې کتل:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>د فایل نوم:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>د فایلونو ډول:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>پرانیستل</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>خوندي کول</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ټاکل</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولډر:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>مخته</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>پورتنی فولډر</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>نوی فولډر جوړول</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>د لړلیک لید</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>د تفصیل لید</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>نوی فولډر</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ټول فایلونه (*)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>د بدلون نېټه</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>بېرته کول</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>بیا کول</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>پرې کول</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپي کول</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>پېسټ کول</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ړنګول</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ټول ټاکل</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>سمه ده</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>خوندي کول</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>پرانیستل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تړل</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>پرېښودل</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>پلي کول</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بیا پر ځای کول</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>درول</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>بیا هڅه</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>له پامه غورځول</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ډیفالټ امستنې بېرته راوستل</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Remove…</source>
        <translation>لرې کول…</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>پټنوم مو هېر دی؟</translation>
    </message>
    <message>
        <source>Type the recovery code from the store&apos;s recovery sheet, then choose a new passphrase.</source>
        <translation>د زېرمې د بیارغونې له پاڼې څخه د بیارغونې کوډ ولیکئ، بیا نوی پټنوم وټاکئ.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>د بیارغونې کوډ</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>نوی پټنوم</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>بیا یې ولیکئ</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دواړه پټنومونه سره توپیر لري.</translation>
    </message>
    <message>
        <source>This passphrase is %1. </source>
        <translation>دا پټنوم %1 دی. </translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>پرانیستل کېږي…</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <source>New relative</source>
        <translation>نوی خپلوان</translation>
    </message>
    <message>
        <source>Edit relative</source>
        <translation>خپلوان سمول</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>خپلوي</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>مستعار نوم</translation>
    </message>
    <message>
        <source>What was done to them</source>
        <translation>ورسره څه شوي</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کله</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>څه پېښ شول</translation>
    </message>
    <message>
        <source>Remove this relative from the case?</source>
        <translation>دا خپلوان له قضیې لرې شي؟</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>له بېک‌اپ څخه بېرته راوستل</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بېرته راوستل</translation>
    </message>
    <message>
        <source>The backup file…</source>
        <translation>بېک‌اپ فایل…</translation>
    </message>
    <message>
        <source>A new, empty folder for the restored store</source>
        <translation>د بېرته راوستل شوې زېرمې لپاره نوی، تش فولډر</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>د بیارغونې کوډ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ټاکل…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>بېک‌اپ</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>د بېرته راوستلو ځای</translation>
    </message>
    <message>
        <source>Unlock with</source>
        <translation>خلاصول په</translation>
    </message>
    <message>
        <source>The restored store opens with the passphrase (and the recovery code) the store had when the backup was made. What was entered after that is not in it.</source>
        <translation>بېرته راوستل شوې زېرمه په هغه پټنوم (او د بیارغونې کوډ) پرانیستل کېږي چې زېرمې د بېک‌اپ د اخیستلو پر مهال درلود. هغه څه چې له هغه وروسته ولیکل شول، پکې نشته.</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>بېک‌اپ فایل وټاکئ</translation>
    </message>
    <message>
        <source>A backup made on %1 (UTC), %2.</source>
        <translation>یو بېک‌اپ چې په %1 (UTC) اخیستل شوی، %2.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>هغه فولډر وټاکئ چې زېرمه پکې بېرته راوستل شي</translation>
    </message>
    <message>
        <source>Restored to %1; verify found the problems below (the store had them when it was backed up).</source>
        <translation>%1 ته بېرته راوستل شوه؛ ازموینې لاندې ستونزې وموندې (زېرمې د بېک‌اپ اخیستلو پر مهال همدا ستونزې درلودې).</translation>
    </message>
    <message>
        <source>Restored to %1; it verifies.</source>
        <translation>%1 ته بېرته راوستل شوه؛ ازموینه یې سمه ده.</translation>
    </message>
    <message>
        <source>Open it from the unlock window with the passphrase the store had when the backup was made.</source>
        <translation>د خلاصولو له کړکۍ څخه یې په هغه پټنوم پرانیزئ چې زېرمې د بېک‌اپ اخیستلو پر مهال درلود.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>خبرداری: %1</translation>
    </message>
</context>
<context>
    <name>RiskAssessmentDialog</name>
    <message>
        <source>Risk assessment</source>
        <translation>د خطر ارزونه</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا هېڅ نه</translation>
    </message>
    <message>
        <source>Guidance cited</source>
        <translation>حواله شوی لارښود</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>د ارزونې نېټه</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>ارزوونکی</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>پایله</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>عوامل</translation>
    </message>
</context>
<context>
    <name>RiskFactorDialog</name>
    <message>
        <source>New risk factor</source>
        <translation>د خطر نوی عامل</translation>
    </message>
    <message>
        <source>Edit risk factor</source>
        <translation>د خطر عامل سمول</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Present in this case</source>
        <translation>په دې قضیه کې شته</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>ارزونه</translation>
    </message>
    <message>
        <source>Remove this risk factor from the assessment?</source>
        <translation>د خطر دا عامل له ارزونې لرې شي؟</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>New service record</source>
        <translation>د دندې نوی ثبت</translation>
    </message>
    <message>
        <source>Edit service record</source>
        <translation>د دندې ثبت سمول</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>اداره</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>بست</translation>
    </message>
    <message>
        <source>Province served</source>
        <translation>د دندې ولایت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>له</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تر</translation>
    </message>
    <message>
        <source>Worked with international forces</source>
        <translation>له نړیوالو ځواکونو سره یې کار کړی</translation>
    </message>
    <message>
        <source>With whom (e.g. ISAF, a PRT)</source>
        <translation>له چا سره (لکه ISAF، یو PRT)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Remove this service record from the case?</source>
        <translation>د دندې دا ثبت له قضیې لرې شي؟</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>جدول راوړل</translation>
    </message>
    <message>
        <source>%1: %2 read as %3.</source>
        <translation>%1: %2 د %3 په توګه ولوستل شو.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>کومې ساحې ته</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(نه راوړل)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>مخکتنه</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>راوړل</translation>
    </message>
    <message>
        <source>The mapping changed: preview again.</source>
        <translation>تطبیق بدل شو: بیا مخکتنه وکړئ.</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>قطارونه لوستل کېږي…</translation>
    </message>
    <message>
        <source>Identity columns (kept withheld, never searchable): %1</source>
        <translation>د هویت ستونونه (پټ ساتل کېږي، هېڅکله نه لټول کېږي): %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… او %n نور.</numerusform>
            <numerusform>… او %n نور.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n case(s)</source>
        <translation>
            <numerusform>%n قضیه راوړل</numerusform>
            <numerusform>%n قضیې راوړل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>%n قضیه راوړل شوه.</numerusform>
            <numerusform>%n قضیې راوړل شوې.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>Id</source>
        <translation>پېژند</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>خپرونکی</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>خپور شوی</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Matching passages</source>
        <translation>برابرې ټوټې</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>د لوستلو وړ</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>متن نشته</translation>
    </message>
    <message>
        <source>not read (original kept)</source>
        <translation>ونه لوستل شو (اصلي فایل ساتل شوی)</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (او %n نور)</numerusform>
            <numerusform> (او %n نور)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) match</source>
        <translation>
            <numerusform>%n ټوټه برابرېږي</numerusform>
            <numerusform>%n ټوټې برابرېږي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceMetadataDialog</name>
    <message>
        <source>Source details</source>
        <translation>د سرچینې تفصیلات</translation>
    </message>
    <message>
        <source>e.g. en (English), fa (Dari), ps (Pashto)</source>
        <translation>لکه en (انګلیسي)، fa (دري)، ps (پښتو)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>خپرونکی</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>لیکوال</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>خپور شوی</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>پته (URL)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>Captured on</source>
        <translation>د ترلاسه کولو نېټه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <source>Use everything the document proposes</source>
        <translation>د سند ټول وړاندیزونه کارول</translation>
    </message>
    <message>
        <source>The document says: %1</source>
        <translation>سند وايي: %1</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>کارول</translation>
    </message>
    <message>
        <source>Put what the document proposes into this field</source>
        <translation>د سند وړاندیز په دې ساحه کې اچول</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Cite the selected passage…</source>
        <translation>ټاکل شوې ټوټې ته حواله ورکول…</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>انځور</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>یادونې</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>یاد شوی</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>چېرته</translation>
    </message>
    <message>
        <source>What the source mentions (double-click a sentence to see it in the text)</source>
        <translation>هغه څه چې سرچینه یې یادوي (په یوه جمله دوه ځله کلیک وکړئ څو په متن کې یې ووینئ)</translation>
    </message>
    <message>
        <source>Cases it may support (double-click to open one)</source>
        <translation>هغه قضیې چې ښايي سرچینه یې ملاتړ وکړي (د پرانیستلو لپاره دوه ځله کلیک وکړئ)</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>ولایتونه</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>ادارې</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>دندې</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>د پېښو ډولونه</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>هېوادونه</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>نېټې</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n جمله</numerusform>
            <numerusform>%n جملې</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for cases this source may support…</source>
        <translation>د هغو قضیو لټون چې ښايي دا سرچینه یې ملاتړ وکړي…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match what the source mentions.</source>
        <translation>
            <numerusform>%n قضیه له هغه څه سره برابرېږي چې سرچینه یې یادوي.</numerusform>
            <numerusform>%n قضیې له هغه څه سره برابرېږي چې سرچینه یې یادوي.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches what the source mentions.</source>
        <translation>هېڅ قضیه له هغه څه سره نه برابرېږي چې سرچینه یې یادوي.</translation>
    </message>
    <message>
        <source>This source has no text to show.</source>
        <translation>دا سرچینه د ښودلو لپاره متن نه لري.</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Import files…</source>
        <translation>فایلونه راوړل…</translation>
    </message>
    <message>
        <source>Edit source details…</source>
        <translation>د سرچینې تفصیلات سمول…</translation>
    </message>
    <message>
        <source>The details of the source were saved.</source>
        <translation>د سرچینې تفصیلات خوندي شول.</translation>
    </message>
    <message>
        <source>Import sources</source>
        <translation>سرچینې راوړل</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>د %2 له جملې %1 راوړل کېږي: %3</translation>
    </message>
    <message>
        <source>Import stopped: %1</source>
        <translation>راوړنه ودرېده: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s).</source>
        <translation>
            <numerusform>… او %n نوره کرښه.</numerusform>
            <numerusform>… او %n نورې کرښې.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock casefiles</source>
        <translation>casefiles خلاصول</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ټاکل…</translation>
    </message>
    <message>
        <source>Create a new store…</source>
        <translation>نوې زېرمه جوړول…</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>پټنوم مو هېر دی؟</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>له بېک‌اپ څخه بېرته راوستل…</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>زېرمه:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>پټنوم:</translation>
    </message>
    <message>
        <source>Choose the store&apos;s folder</source>
        <translation>د زېرمې فولډر وټاکئ</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>خلاصېږي…</translation>
    </message>
</context>
<context>
    <name>VerifyPartnerDialog</name>
    <message>
        <source>Verify %1</source>
        <translation>%1 تاییدول</translation>
    </message>
    <message>
        <source>Call %1 on a number you already know, and ask them to read out their fingerprint (casefiles shows it with their keys).</source>
        <translation>%1 ته په هغه شمېره زنګ ووهئ چې له مخکې یې پېژنئ، او ترې وغواړئ چې خپله ګوتنښه ولولي (casefiles یې د هغوی له کیلي سره ښيي).</translation>
    </message>
    <message>
        <source>The digits they read</source>
        <translation>هغه عددونه چې دوی ولوستل</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <translation>بیړنی ړنګول</translation>
    </message>
    <message>
        <source>This destroys the store for good.</source>
        <translation>دا کار زېرمه د تل لپاره له منځه وړي.</translation>
    </message>
    <message>
        <source>Every case, identity, source and key in %1 is destroyed. There is no undo, and the recovery code will not bring it back.</source>
        <translation>په %1 کې هره قضیه، هویت، سرچینه او کیلي له منځه ځي. بېرته اړول نشته، او د بیارغونې کوډ به یې هم بېرته رانه وړي.</translation>
    </message>
    <message>
        <source>What a wipe cannot reach:</source>
        <translation>هغه څه چې ړنګول ورته نه شي رسېدای:</translation>
    </message>
    <message>
        <source>Type %1 or the store&apos;s folder name (%2) to confirm:</source>
        <translation>د تایید لپاره %1 یا د زېرمې د فولډر نوم (%2) ولیکئ:</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>همدا اوس ړنګول</translation>
    </message>
    <message>
        <source>The store is destroyed.</source>
        <translation>زېرمه له منځه ولاړه.</translation>
    </message>
    <message>
        <source>The store could NOT be fully destroyed.</source>
        <translation>زېرمه په بشپړ ډول له منځه ونه وړل شوه.</translation>
    </message>
    <message>
        <source>casefiles closes when you close this.</source>
        <translation>کله چې دا وتړئ، casefiles هم تړل کېږي.</translation>
    </message>
</context>
<context>
    <name>_Running</name>
    <message>
        <source>Starting…</source>
        <translation>پیلېږي…</translation>
    </message>
    <message>
        <source>Still working; this dialog closes once it is done.</source>
        <translation>لا کار روان دی؛ کله چې پای ته ورسېږي، دا کړکۍ تړل کېږي.</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <source>%1… %2 %</source>
        <translation>%1… %2 %</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>Something went wrong inside casefiles ({error}). What was already saved is safe; what you were doing may not have been completed, so check it. If it happens again, tell your technical contact what you were doing when it happened.</source>
        <translation>د casefiles دننه یوه ستونزه رامنځته شوه ({error}). هغه څه چې مخکې خوندي شوي، خوندي دي؛ ښايي هغه کار چې تاسو کاوه بشپړ شوی نه وي، نو ویې ګورئ. که بیا پېښ شو، خپل تخنیکي همکار ته ووایاست چې د پېښېدو پر مهال مو څه کول.</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>This could not be done ({error}); nothing was changed.</source>
        <translation>دا کار ونه شو ({error})؛ هېڅ شی بدل نه شو.</translation>
    </message>
</context>
</TS>

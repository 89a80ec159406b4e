<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_AF">
<context>
    <name></name>
    <message>
        <source>Demo store with {n} fictional cases.</source>
        <translation>مخزن نمایشی با {n} قضیه ساختگی.</translation>
    </message>
    <message>
        <source>Store created at {path}</source>
        <translation>مخزن در {path} ایجاد شد</translation>
    </message>
    <message>
        <source>Recovery code (shown once; write it down and keep it apart from the laptop):</source>
        <translation>کود بازیابی (فقط یک بار نشان داده می‌شود؛ آن را یادداشت کنید و جدا از لپ‌تاپ نگه دارید):</translation>
    </message>
    <message>
        <source>New passphrase set. The recovery code stays valid.</source>
        <translation>عبارت رمز جدید تنظیم شد. کود بازیابی همچنان معتبر است.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>عبارت رمز فعلی: </translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>عبارت رمز تغییر کرد.</translation>
    </message>
    <message>
        <source>verify found {n} problem(s).</source>
        <translation>بررسی صحت (verify) {n} مشکل یافت.</translation>
    </message>
    <message>
        <source>The edit must be a JSON object.</source>
        <translation>تغییرات باید یک شیء JSON باشد.</translation>
    </message>
    <message>
        <source>Deleting a case cannot be undone; add --yes to confirm.</source>
        <translation>حذف قضیه قابل برگشت نیست؛ برای تأیید، --yes را اضافه کنید.</translation>
    </message>
    <message>
        <source>Deleted {code}.</source>
        <translation>{code} حذف شد.</translation>
    </message>
    <message>
        <source>{n} case(s)</source>
        <translation>{n} قضیه</translation>
    </message>
    <message>
        <source>{shown} of {total} matching case(s), {order}</source>
        <translation>{shown} از {total} قضیه منطبق، {order}</translation>
    </message>
    <message>
        <source>{shown} of {total} matching passage(s) in sources, {order}</source>
        <translation>{shown} از {total} بخش منطبق در منابع، {order}</translation>
    </message>
    <message>
        <source>best first</source>
        <translation>مرتبط‌ترین‌ها اول</translation>
    </message>
    <message>
        <source>newest first; add words to narrow it</source>
        <translation>جدیدترین‌ها اول؛ برای محدود کردن نتایج کلمات بیشتری اضافه کنید</translation>
    </message>
    <message>
        <source>Name or ID to look for: </source>
        <translation>نام یا شماره هویت برای جستجو: </translation>
    </message>
    <message>
        <source>search text</source>
        <translation>متن جستجو</translation>
    </message>
    <message>
        <source>{n} case(s); this search is recorded in the audit log.</source>
        <translation>{n} قضیه؛ این جستجو در دفتر بازرسی ثبت شد.</translation>
    </message>
    <message>
        <source>Encrypted case files for former Afghan security-force members at risk.</source>
        <translation>پرونده‌های رمزگذاری‌شده برای اعضای پیشین نیروهای امنیتی افغانستان که در معرض خطر اند.</translation>
    </message>
    <message>
        <source>Passphrases are read from the terminal, from standard input (one per line) or from --passphrase-file, never from the command line.</source>
        <translation>عبارت‌های رمز از ترمینال، از ورودی استاندارد (هر کدام در یک سطر) یا از --passphrase-file خوانده می‌شوند، هرگز از خط فرمان.</translation>
    </message>
    <message>
        <source>store folder (default: {path})</source>
        <translation>فولدر مخزن (پیش‌فرض: {path})</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of this file</source>
        <translation>خواندن عبارت رمز از سطر اول این فایل</translation>
    </message>
    <message>
        <source>calendar to show dates in first (the other is shown beside)</source>
        <translation>تقویمی که تاریخ‌ها نخست به آن نمایش داده می‌شوند (تقویم دیگر در کنار آن می‌آید)</translation>
    </message>
    <message>
        <source>create a store and print its recovery code</source>
        <translation>ایجاد مخزن و نمایش کود بازیابی آن</translation>
    </message>
    <message>
        <source>fill it with the fictional demo cases</source>
        <translation>پر کردن مخزن با قضایای نمایشی ساختگی</translation>
    </message>
    <message>
        <source>with --demo: use the published demo passphrase</source>
        <translation>همراه با --demo: استفاده از عبارت رمز نمایشی منتشرشده</translation>
    </message>
    <message>
        <source>open with the recovery code and set a new passphrase</source>
        <translation>باز کردن با کود بازیابی و تنظیم عبارت رمز جدید</translation>
    </message>
    <message>
        <source>change the passphrase (reads the old, then the new)</source>
        <translation>تغییر عبارت رمز (نخست عبارت قبلی و سپس عبارت جدید خوانده می‌شود)</translation>
    </message>
    <message>
        <source>check encryption, structure, audit chain and index</source>
        <translation>بررسی رمزگذاری، ساختار، زنجیره دفتر بازرسی و فهرست جستجو</translation>
    </message>
    <message>
        <source>show or change the store&apos;s settings</source>
        <translation>نمایش یا تغییر تنظیمات مخزن</translation>
    </message>
    <message>
        <source>new value (sizes take units: 500MB, 2GB)</source>
        <translation>مقدار جدید (اندازه‌ها با واحد: 500MB، 2GB)</translation>
    </message>
    <message>
        <source>show the audit log</source>
        <translation>نمایش دفتر بازرسی</translation>
    </message>
    <message>
        <source>only entries about this case</source>
        <translation>فقط ثبت‌های مربوط به این قضیه</translation>
    </message>
    <message>
        <source>add, edit, list and show cases</source>
        <translation>افزودن، ویرایش، فهرست و نمایش قضایا</translation>
    </message>
    <message>
        <source>add a case from JSON; prints its code</source>
        <translation>افزودن قضیه از JSON؛ کود آن را نمایش می‌دهد</translation>
    </message>
    <message>
        <source>change a case with partial JSON</source>
        <translation>تغییر قضیه با JSON جزئی</translation>
    </message>
    <message>
        <source>delete a case</source>
        <translation>حذف قضیه</translation>
    </message>
    <message>
        <source>confirm the deletion</source>
        <translation>تأیید حذف</translation>
    </message>
    <message>
        <source>list cases</source>
        <translation>فهرست قضایا</translation>
    </message>
    <message>
        <source>show one case</source>
        <translation>نمایش یک قضیه</translation>
    </message>
    <message>
        <source>include the identity record (recorded in the audit log)</source>
        <translation>شامل کردن اطلاعات هویت (در دفتر بازرسی ثبت می‌شود)</translation>
    </message>
    <message>
        <source>full-text search over cases and source text (never identity)</source>
        <translation>جستجوی متن کامل در قضایا و متن منابع (هرگز در هویت)</translation>
    </message>
    <message>
        <source>look a person up by name or ID number (prompts for it; audited)</source>
        <translation>جستجوی شخص با نام یا شماره هویت (پرسیده می‌شود؛ در دفتر بازرسی ثبت می‌شود)</translation>
    </message>
    <message>
        <source>casefiles-cli: warning: {problem}</source>
        <translation>casefiles-cli: هشدار: {problem}</translation>
    </message>
    <message>
        <source>Backed up to {path} and verified ({size}).</source>
        <translation>نسخه پشتیبان در {path} ذخیره و صحت آن بررسی شد ({size}).</translation>
    </message>
    <message>
        <source>SHA-256: {sha256}</source>
        <translation>SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Keep it on another disk, away from this computer. It opens with this store&apos;s passphrase or its recovery code.</source>
        <translation>آن را روی دیسک دیگری، دور از این کمپیوتر نگه دارید. این نسخه با عبارت رمز یا کود بازیابی همین مخزن باز می‌شود.</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>عبارت رمز نسخه پشتیبان: </translation>
    </message>
    <message>
        <source>Restored the backup of {at} to {path}; verify found the problems below (the store had them when it was backed up).</source>
        <translation>نسخه پشتیبان {at} در {path} بازگردانی شد؛ بررسی صحت مشکلات زیر را یافت (این مشکلات هنگام پشتیبان‌گیری در مخزن وجود داشتند).</translation>
    </message>
    <message>
        <source>Restored the backup of {at} to {path}; it verifies.</source>
        <translation>نسخه پشتیبان {at} در {path} بازگردانی شد؛ بررسی صحت آن موفق بود.</translation>
    </message>
    <message>
        <source>It opens with the passphrase the store had then; if that is forgotten, set a new one with `casefiles-cli --store {path} recover`.</source>
        <translation>این مخزن با عبارت رمزی باز می‌شود که مخزن در آن زمان داشت؛ اگر آن را فراموش کرده‌اید، با `casefiles-cli --store {path} recover` عبارت رمز جدیدی تنظیم کنید.</translation>
    </message>
    <message>
        <source>write one encrypted, verified backup file of the whole store</source>
        <translation>نوشتن یک فایل پشتیبان رمزگذاری‌شده و بررسی‌شده از کل مخزن</translation>
    </message>
    <message>
        <source>the backup file to write (e.g. on a USB stick)</source>
        <translation>فایل پشتیبانی که نوشته می‌شود (مثلاً روی فلش USB)</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>جایگزین کردن FILE اگر از قبل وجود داشته باشد</translation>
    </message>
    <message>
        <source>turn a backup file into a store in a new folder</source>
        <translation>تبدیل فایل پشتیبان به مخزن در یک فولدر جدید</translation>
    </message>
    <message>
        <source>the new store folder (absent or empty)</source>
        <translation>فولدر مخزن جدید (ناموجود یا خالی)</translation>
    </message>
    <message>
        <source>unlock the backup with the recovery code instead of the passphrase</source>
        <translation>باز کردن نسخه پشتیبان با کود بازیابی به جای عبارت رمز</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} متن UTF-8 نیست.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {col}: {msg}).</source>
        <translation>{path} یک JSON معتبر نیست (سطر {line}، ستون {col}: {msg}).</translation>
    </message>
    <message>
        <source>{path} is JSON no case can be: it nests too deeply or holds a number thousands of digits long.</source>
        <translation>{path} JSON است که هیچ قضیه‌ای نمی‌تواند باشد: بیش از حد تو در تو است یا عددی با هزاران رقم دارد.</translation>
    </message>
    <message>
        <source>{path} is a folder; name the file to write in it.</source>
        <translation>{path} یک فولدر است؛ نام فایلی را که باید در آن نوشته شود مشخص کنید.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or add --force.</source>
        <translation>{path} از قبل وجود دارد؛ نام دیگری انتخاب کنید یا --force را اضافه کنید.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} فولدر نیست.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>فولدر {path} وجود ندارد.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} نوشته نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>--sections names no section; the sections are: {all}.</source>
        <translation>--sections هیچ بخشی را نام نمی‌برد؛ بخش‌ها عبارت اند از: {all}.</translation>
    </message>
    <message>
        <source>Wrote a dossier of {pages} pages to {path} (SHA-256 {sha}).</source>
        <translation>دوسیه‌ای با {pages} صفحه در {path} نوشته شد (SHA-256 {sha}).</translation>
    </message>
    <message>
        <source>write a case&apos;s PDF dossier under a redaction profile</source>
        <translation>نوشتن دوسیه PDF یک قضیه بر اساس یک پروفایل پنهان‌سازی</translation>
    </message>
    <message>
        <source>who it is for: decides every field shown</source>
        <translation>برای چه کسی است: تعیین می‌کند که کدام فیلدها نشان داده شوند</translation>
    </message>
    <message>
        <source>the dossier&apos;s language (fa: Dari, right to left)</source>
        <translation>زبان دوسیه (fa: دری، راست به چپ)</translation>
    </message>
    <message>
        <source>only these sections: {all}</source>
        <translation>فقط این بخش‌ها: {all}</translation>
    </message>
    <message>
        <source>leave out the exhibits&apos; originals</source>
        <translation>بدون نسخه‌های اصلی مدارک</translation>
    </message>
    <message>
        <source>the organisation or caseworker named on the cover</source>
        <translation>سازمان یا کارمند پرونده که نامش روی جلد می‌آید</translation>
    </message>
    <message>
        <source>Give either --to PARTNER... or --bundle-passphrase-file.</source>
        <translation>یا --to PARTNER... را بدهید یا --bundle-passphrase-file را.</translation>
    </message>
    <message>
        <source>Wrote {path}: {cases} case(s), {sources} source(s) ({originals} with the original) under {profile}, for {to}.</source>
        <translation>{path} نوشته شد: {cases} قضیه، {sources} منبع ({originals} همراه با نسخه اصلی) بر اساس پروفایل {profile}، برای {to}.</translation>
    </message>
    <message>
        <source>{n} cited source(s) were kept back by the profile.</source>
        <translation>پروفایل {n} منبع مورد استناد را شامل نکرد.</translation>
    </message>
    <message>
        <source>SHA-256: {sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
    <message>
        <source>--choose {item!r}: write CODE:PATH=ours or CODE:PATH=theirs.</source>
        <translation>--choose {item!r}: بنویسید CODE:PATH=ours یا CODE:PATH=theirs.</translation>
    </message>
    <message>
        <source>{flag} {item!r}: write THEIR-CODE=OUR-CODE.</source>
        <translation>{flag} {item!r}: بنویسید THEIR-CODE=OUR-CODE.</translation>
    </message>
    <message>
        <source>UNKNOWN key (not in the address book)</source>
        <translation>کلید ناشناخته (در دفترچه نشانی نیست)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>Signed by: {signer} ({status}); sender says {sender}; profile {profile}; made {created}</source>
        <translation>امضاکننده: {signer} ({status})؛ فرستنده خود را {sender} معرفی می‌کند؛ پروفایل {profile}؛ تاریخ ساخت {created}</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(موجود نیست)</translation>
    </message>
    <message>
        <source>likely the same person as {code} ({pseudonym}): {why}</source>
        <translation>احتمالاً همان شخص {code} ({pseudonym}): {why}</translation>
    </message>
    <message>
        <source>{n} new citation(s)</source>
        <translation>{n} استناد جدید</translation>
    </message>
    <message>
        <source>Nothing to import: the store already holds everything in this bundle.</source>
        <translation>چیزی برای وارد کردن نیست: همه محتوای این بسته از قبل در مخزن موجود است.</translation>
    </message>
    <message>
        <source>Imported: {added} new case(s), {updated} updated, {unchanged} unchanged; {sources} new source(s), {citations} new citation(s).</source>
        <translation>وارد شد: {added} قضیه جدید، {updated} به‌روزشده، {unchanged} بدون تغییر؛ {sources} منبع جدید، {citations} استناد جدید.</translation>
    </message>
    <message>
        <source>Chose {side} for {key}.</source>
        <translation>{side} برای {key} انتخاب شد.</translation>
    </message>
    <message>
        <source>Linked {code} with {other}: {relation}.</source>
        <translation>{code} با {other} پیوند داده شد: {relation}.</translation>
    </message>
    <message>
        <source>{code} may be the same person as {others}: check, and link them if so (casefiles-cli case link).</source>
        <translation>{code} ممکن است همان شخص {others} باشد: بررسی کنید و اگر چنین است، آن‌ها را پیوند دهید (casefiles-cli case link).</translation>
    </message>
    <message>
        <source>export cases into an encrypted bundle for partners</source>
        <translation>صدور قضایا در یک بسته رمزگذاری‌شده برای سازمان‌های همکار</translation>
    </message>
    <message>
        <source>partners (name or id in the address book) to encrypt to</source>
        <translation>سازمان‌های همکاری که بسته برای آن‌ها رمزگذاری می‌شود (نام یا شناسه در دفترچه نشانی)</translation>
    </message>
    <message>
        <source>encrypt to the passphrase on this file&apos;s first line instead</source>
        <translation>به جای آن، رمزگذاری با عبارت رمزِ سطر اول این فایل</translation>
    </message>
    <message>
        <source>redaction profile: {names}</source>
        <translation>پروفایل پنهان‌سازی: {names}</translation>
    </message>
    <message>
        <source>your organisation&apos;s name, for the manifest</source>
        <translation>نام سازمان شما، برای مانیفست</translation>
    </message>
    <message>
        <source>leave the cited sources out</source>
        <translation>بدون منابع مورد استناد</translation>
    </message>
    <message>
        <source>also export to partners whose fingerprint was not compared</source>
        <translation>صدور برای سازمان‌های همکاری که اثر انگشت آن‌ها مقایسه نشده نیز</translation>
    </message>
    <message>
        <source>import a bundle from a partner (preview with --dry-run)</source>
        <translation>وارد کردن بسته از یک سازمان همکار (پیش‌نمایش با --dry-run)</translation>
    </message>
    <message>
        <source>show what would be imported and write nothing</source>
        <translation>نمایش آنچه وارد خواهد شد، بدون نوشتن چیزی</translation>
    </message>
    <message>
        <source>open a bundle made to a passphrase (this file&apos;s first line)</source>
        <translation>باز کردن بسته‌ای که با عبارت رمز ساخته شده (سطر اول این فایل)</translation>
    </message>
    <message>
        <source>settle one conflict (PATH * for all of a case&apos;s conflicts)</source>
        <translation>حل یک تعارض (PATH * برای همه تعارض‌های یک قضیه)</translation>
    </message>
    <message>
        <source>a likely duplicate is the same person: link the two cases</source>
        <translation>قضیه احتمالاً تکراری همان شخص است: دو قضیه پیوند داده شوند</translation>
    </message>
    <message>
        <source>a likely duplicate is another person: do not offer it again</source>
        <translation>قضیه احتمالاً تکراری شخص دیگری است: دوباره پیشنهاد نشود</translation>
    </message>
    <message>
        <source>import even though the signing key is not in the address book</source>
        <translation>وارد کردن، حتی اگر کلید امضا در دفترچه نشانی نباشد</translation>
    </message>
    <message>
        <source>{path}: the QR code is written as a .png or .svg file; name the file with one of those extensions.</source>
        <translation>{path}: کود QR به صورت فایل .png یا .svg نوشته می‌شود؛ نام فایل را با یکی از این پسوندها بدهید.</translation>
    </message>
    <message>
        <source>This organisation&apos;s name is now {name}.</source>
        <translation>نام این سازمان اکنون {name} است.</translation>
    </message>
    <message>
        <source>This organisation&apos;s name is cleared.</source>
        <translation>نام این سازمان پاک شد.</translation>
    </message>
    <message>
        <source>(no name set: `keys name ORG` sets it)</source>
        <translation>(نامی تنظیم نشده است: `keys name ORG` آن را تنظیم می‌کند)</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>اثر انگشت: {fingerprint}</translation>
    </message>
    <message>
        <source>Wrote the card&apos;s QR code to {path}.</source>
        <translation>کود QR کارت در {path} نوشته شد.</translation>
    </message>
    <message>
        <source>Added {name} ({status}).</source>
        <translation>{name} اضافه شد ({status}).</translation>
    </message>
    <message>
        <source>Compare the fingerprint with {name} by phone or in person, then run `partner verify`.</source>
        <translation>اثر انگشت را از طریق تلفن یا به صورت حضوری با {name} مقایسه کنید، سپس `partner verify` را اجرا کنید.</translation>
    </message>
    <message>
        <source>{n} partner(s)</source>
        <translation>{n} سازمان همکار</translation>
    </message>
    <message>
        <source>{name} is marked verified.</source>
        <translation>{name} به عنوان تأییدشده علامت‌گذاری شد.</translation>
    </message>
    <message>
        <source>It must be the fingerprint {name} reads out to you from their own casefiles (`keys show`); if it is not, remove the partner.</source>
        <translation>این باید همان اثر انگشتی باشد که {name} از casefiles خود (`keys show`) برای شما می‌خواند؛ اگر نیست، این سازمان همکار را حذف کنید.</translation>
    </message>
    <message>
        <source>Removing a partner cannot be undone; add --yes to confirm.</source>
        <translation>حذف سازمان همکار قابل برگشت نیست؛ برای تأیید، --yes را اضافه کنید.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} حذف شد.</translation>
    </message>
    <message>
        <source>show this store&apos;s organisation card</source>
        <translation>نمایش کارت سازمانِ این مخزن</translation>
    </message>
    <message>
        <source>print the organisation card and its fingerprint</source>
        <translation>نمایش کارت سازمان و اثر انگشت آن</translation>
    </message>
    <message>
        <source>also write the card as a QR code image</source>
        <translation>نوشتن کارت به صورت تصویر کود QR نیز</translation>
    </message>
    <message>
        <source>replace the QR file if it exists</source>
        <translation>جایگزین کردن فایل QR اگر از قبل وجود داشته باشد</translation>
    </message>
    <message>
        <source>put this name in the card instead of the one set with `keys name`</source>
        <translation>درج این نام در کارت به جای نامی که با `keys name` تنظیم شده است</translation>
    </message>
    <message>
        <source>show or set this organisation&apos;s name (for its card and bundles)</source>
        <translation>نمایش یا تنظیم نام این سازمان (برای کارت و بسته‌های آن)</translation>
    </message>
    <message>
        <source>the new name (&quot;&quot; clears it)</source>
        <translation>نام جدید (&quot;&quot; آن را پاک می‌کند)</translation>
    </message>
    <message>
        <source>the address book of partner organisations</source>
        <translation>دفترچه نشانی سازمان‌های همکار</translation>
    </message>
    <message>
        <source>add a partner organisation from its card</source>
        <translation>افزودن سازمان همکار از روی کارت آن</translation>
    </message>
    <message>
        <source>the fingerprint was already compared with the partner</source>
        <translation>اثر انگشت از قبل با سازمان همکار مقایسه شده است</translation>
    </message>
    <message>
        <source>list partner organisations</source>
        <translation>فهرست سازمان‌های همکار</translation>
    </message>
    <message>
        <source>mark a partner verified (its fingerprint was compared)</source>
        <translation>علامت‌گذاری سازمان همکار به عنوان تأییدشده (اثر انگشت آن مقایسه شده است)</translation>
    </message>
    <message>
        <source>the fingerprint the partner read out; it must match</source>
        <translation>اثر انگشتی که سازمان همکار خواند؛ باید مطابقت داشته باشد</translation>
    </message>
    <message>
        <source>remove a partner from the address book</source>
        <translation>حذف سازمان همکار از دفترچه نشانی</translation>
    </message>
    <message>
        <source>confirm the removal</source>
        <translation>تأیید حذف</translation>
    </message>
    <message>
        <source>{code} and {other}: {relation}.</source>
        <translation>{code} و {other}: {relation}.</translation>
    </message>
    <message>
        <source>The decision about {code} and {other} is forgotten.</source>
        <translation>تصمیم درباره {code} و {other} لغو شد.</translation>
    </message>
    <message>
        <source>No likely duplicates of {code} wait for a decision.</source>
        <translation>هیچ قضیه احتمالاً تکراری از {code} در انتظار تصمیم نیست.</translation>
    </message>
    <message>
        <source>record that two cases are the same person (or, with --not-same, that they are not)</source>
        <translation>ثبت اینکه دو قضیه مربوط به یک شخص اند (یا با --not-same، اینکه نیستند)</translation>
    </message>
    <message>
        <source>they are different people: do not offer the pair again</source>
        <translation>آن‌ها اشخاص متفاوت اند: این دو قضیه دوباره پیشنهاد نشوند</translation>
    </message>
    <message>
        <source>why (kept with the decision)</source>
        <translation>دلیل (همراه با تصمیم نگهداری می‌شود)</translation>
    </message>
    <message>
        <source>forget the decision about two cases</source>
        <translation>لغو تصمیم درباره دو قضیه</translation>
    </message>
    <message>
        <source>list the cases that may be the same person as this one</source>
        <translation>فهرست قضایایی که ممکن است مربوط به همان شخصِ این قضیه باشند</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>کود</translation>
    </message>
    <message>
        <source>PSEUDONYM</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>PROVINCE</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>INSTITUTION</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <source>SITUATION</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Identity withheld (show it with --reveal-identity; that is audited)</source>
        <translation>هویت پنهان است (با --reveal-identity نشان داده می‌شود؛ این کار در دفتر بازرسی ثبت می‌شود)</translation>
    </message>
    <message>
        <source>Identity (revealed; this viewing is recorded in the audit log)</source>
        <translation>هویت (آشکارشده؛ این مشاهده در دفتر بازرسی ثبت شد)</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>استنادها</translation>
    </message>
    <message>
        <source>source {source}</source>
        <translation>منبع {source}</translation>
    </message>
    <message>
        <source>  (quote not found in the source&apos;s text)</source>
        <translation>  (نقل قول در متن منبع یافت نشد)</translation>
    </message>
    <message>
        <source>Share log</source>
        <translation>سابقه شریک‌سازی</translation>
    </message>
    <message>
        <source>No {what} on standard input.</source>
        <translation>در ورودی استاندارد {what} داده نشد.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}</source>
        <translation>فایل عبارت رمز {path} خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>عبارت رمز</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارت رمز: </translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>عبارت رمز جدید</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارت رمز جدید: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>تکرار عبارت رمز جدید: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>دو عبارت رمز یکسان نیستند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>کود بازیابی: </translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>کود بازیابی</translation>
    </message>
    <message>
        <source>The {what} is not {encoding} text.</source>
        <translation>{what} متن {encoding} نیست.</translation>
    </message>
    <message>
        <source>Read {what} (SHA-256 {sha})</source>
        <translation>{what} خوانده شد (SHA-256 {sha})</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>ستون‌ها:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(وارد نمی‌شود)</translation>
    </message>
    <message>
        <source>  (identity: withheld from lists, search and exports)</source>
        <translation>  (هویت: از فهرست‌ها، جستجو و صدورها پنهان است)</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>ردشده:</translation>
    </message>
    <message>
        <source>This file was imported before ({at}); importing it again adds every case a second time.</source>
        <translation>این فایل قبلاً وارد شده است ({at})؛ وارد کردن دوباره آن، هر قضیه را بار دوم اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>هشدارها:</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>اجرای آزمایشی: چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Imported {n} case(s):</source>
        <translation>{n} قضیه وارد شد:</translation>
    </message>
    <message>
        <source>Nothing to import: no row of {name} can become a case.</source>
        <translation>چیزی برای وارد کردن نیست: هیچ سطری از {name} به قضیه تبدیل نمی‌شود.</translation>
    </message>
    <message>
        <source>Add --yes to write it anyway.</source>
        <translation>برای نوشتن آن به هر حال، --yes را اضافه کنید.</translation>
    </message>
    <message>
        <source>casefiles-cli: warning: {warning}</source>
        <translation>casefiles-cli: هشدار: {warning}</translation>
    </message>
    <message>
        <source>casefiles-cli: warning: {leak}</source>
        <translation>casefiles-cli: هشدار: {leak}</translation>
    </message>
    <message>
        <source>Wrote {n} case(s) to {path} ({format}, profile {profile}, NOT encrypted; SHA-256 {sha}).</source>
        <translation>{n} قضیه در {path} نوشته شد ({format}، پروفایل {profile}، رمزگذاری نشده؛ SHA-256 {sha}).</translation>
    </message>
    <message>
        <source>import cases from a CSV file or an Excel workbook (preview first)</source>
        <translation>وارد کردن قضایا از فایل CSV یا فایل Excel (نخست پیش‌نمایش)</translation>
    </message>
    <message>
        <source>the column mapping (default: proposed from the headings)</source>
        <translation>تطبیق ستون‌ها (پیش‌فرض: پیشنهادشده از روی عنوان ستون‌ها)</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet (default: first)</source>
        <translation>شیت فایل Excel (پیش‌فرض: شیت اول)</translation>
    </message>
    <message>
        <source>show what would be imported; write nothing</source>
        <translation>نمایش آنچه وارد خواهد شد؛ بدون نوشتن چیزی</translation>
    </message>
    <message>
        <source>write the mapping used to PATH (unmapped headings as null), to correct and pass as --mapping</source>
        <translation>نوشتن تطبیق ستون‌های به‌کاررفته در PATH (عنوان‌های تطبیق‌نیافته به صورت null)، برای اصلاح و دادن آن با --mapping</translation>
    </message>
    <message>
        <source>write cases to a plain CSV or JSON file (NOT encrypted) under a redaction profile</source>
        <translation>نوشتن قضایا در یک فایل ساده CSV یا JSON (رمزگذاری نشده) بر اساس یک پروفایل پنهان‌سازی</translation>
    </message>
    <message>
        <source>who it is for: decides every field written</source>
        <translation>برای چه کسی است: تعیین می‌کند که کدام فیلدها نوشته شوند</translation>
    </message>
    <message>
        <source>only these cases (default: every case)</source>
        <translation>فقط این قضایا (پیش‌فرض: همه قضایا)</translation>
    </message>
    <message>
        <source>confirm that an unencrypted file may be written</source>
        <translation>تأیید اینکه یک فایل رمزگذاری‌نشده نوشته شود</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>ولایات</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>نهادها</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>کشورها</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>extracted</source>
        <translation>استخراج‌شده</translation>
    </message>
    <message>
        <source>none (kept as the original only)</source>
        <translation>هیچ (فقط نسخه اصلی نگهداری شد)</translation>
    </message>
    <message>
        <source>FAILED: the original is kept, but its text could not be read</source>
        <translation>ناموفق: نسخه اصلی نگهداری شد، اما متن آن خوانده نشد</translation>
    </message>
    <message>
        <source>Title:      {v}</source>
        <translation>عنوان:      {v}</translation>
    </message>
    <message>
        <source>Type:       {v}</source>
        <translation>نوع:        {v}</translation>
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
        <translation>پیشنهادشده توسط سند (آن‌ها را بررسی کنید):</translation>
    </message>
    <message>
        <source>Mentions:</source>
        <translation>موارد ذکرشده:</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>یادداشت: {note}</translation>
    </message>
    <message>
        <source>{n} source(s)</source>
        <translation>{n} منبع</translation>
    </message>
    <message>
        <source>Published:  {v}</source>
        <translation>تاریخ نشر:  {v}</translation>
    </message>
    <message>
        <source>Note:       {v}</source>
        <translation>یادداشت:    {v}</translation>
    </message>
    <message>
        <source>Cited by:</source>
        <translation>مورد استناد در:</translation>
    </message>
    <message>
        <source>(quote not found in the text)</source>
        <translation>(نقل قول در متن یافت نشد)</translation>
    </message>
    <message>
        <source>Source {id} has no stored original (metadata only).</source>
        <translation>منبع {id} نسخه اصلی ذخیره‌شده ندارد (فقط مشخصات).</translation>
    </message>
    <message>
        <source>Wrote the original of source {id} to {path}.</source>
        <translation>نسخه اصلی منبع {id} در {path} نوشته شد.</translation>
    </message>
    <message>
        <source>Case {code} has {n} incident(s); there is no incident {i}.</source>
        <translation>قضیه {code} دارای {n} رویداد است؛ رویداد {i} وجود ندارد.</translation>
    </message>
    <message>
        <source>Warning: the quote was not found in the source&apos;s text; check it against the original.</source>
        <translation>هشدار: نقل قول در متن منبع یافت نشد؛ آن را با نسخه اصلی مقایسه کنید.</translation>
    </message>
    <message>
        <source>The quote was found in the source&apos;s text.</source>
        <translation>نقل قول در متن منبع یافت شد.</translation>
    </message>
    <message>
        <source>add, list, show and export sources</source>
        <translation>افزودن، فهرست، نمایش و صدور منابع</translation>
    </message>
    <message>
        <source>ingest a file (PDF, web page, text, DOCX, image, audio, video); prints the source id</source>
        <translation>وارد کردن یک فایل (PDF، صفحه وب، متن، DOCX، تصویر، صوت، ویدیو)؛ شناسه منبع را نمایش می‌دهد</translation>
    </message>
    <message>
        <source>list sources</source>
        <translation>فهرست منابع</translation>
    </message>
    <message>
        <source>show a source</source>
        <translation>نمایش یک منبع</translation>
    </message>
    <message>
        <source>print the working text</source>
        <translation>نمایش متن کاری</translation>
    </message>
    <message>
        <source>write the untouched original to a file</source>
        <translation>نوشتن نسخه اصلی دست‌نخورده در یک فایل</translation>
    </message>
    <message>
        <source>replace PATH if it exists</source>
        <translation>جایگزین کردن PATH اگر از قبل وجود داشته باشد</translation>
    </message>
    <message>
        <source>cite a source for a case (or one of its incidents)</source>
        <translation>استناد به یک منبع برای یک قضیه (یا یکی از رویدادهای آن)</translation>
    </message>
    <message>
        <source>source id</source>
        <translation>شناسه منبع</translation>
    </message>
    <message>
        <source>incident number as in `case show`, or its uuid</source>
        <translation>شماره رویداد مطابق `case show`، یا uuid آن</translation>
    </message>
    <message>
        <source>e.g. &quot;p. 4&quot;</source>
        <translation>مثلاً &quot;ص 4&quot;</translation>
    </message>
    <message>
        <source>What a wipe cannot reach:</source>
        <translation>آنچه پاک‌سازی به آن دسترسی ندارد:</translation>
    </message>
    <message>
        <source>EMERGENCY WIPE of the store at {path}: its key slots and database are destroyed for good. There is no undo, and the recovery code will not help.</source>
        <translation>پاک‌سازی اضطراری مخزن در {path}: جایگاه‌های کلید و پایگاه داده آن برای همیشه نابود می‌شوند. راه برگشتی وجود ندارد و کود بازیابی نیز کمکی نمی‌کند.</translation>
    </message>
    <message>
        <source>Type {word} (or the folder&apos;s name, {name}) to destroy it now: </source>
        <translation>برای نابود کردن فوری آن، {word} (یا نام فولدر، {name}) را تایپ کنید: </translation>
    </message>
    <message>
        <source>Not confirmed: nothing was wiped.</source>
        <translation>تأیید نشد: چیزی پاک نشد.</translation>
    </message>
    <message>
        <source>The store can no longer be opened, but not everything could be removed (see above).</source>
        <translation>مخزن دیگر باز نمی‌شود، اما همه چیز حذف نشد (بالا را ببینید).</translation>
    </message>
    <message>
        <source>The key slots could NOT be destroyed: the store may still be opened (see above).</source>
        <translation>جایگاه‌های کلید نابود نشدند: مخزن هنوز ممکن است باز شود (بالا را ببینید).</translation>
    </message>
    <message>
        <source>EMERGENCY: destroy the store for good (no passphrase needed; asks for the word {word})</source>
        <translation>اضطراری: نابود کردن مخزن برای همیشه (به عبارت رمز نیاز ندارد؛ کلمه {word} را می‌پرسد)</translation>
    </message>
    <message>
        <source>the store folder to destroy</source>
        <translation>فولدر مخزنی که نابود می‌شود</translation>
    </message>
    <message>
        <source>do not ask: for scripts (nothing is confirmed interactively)</source>
        <translation>بدون پرسش: برای اسکریپت‌ها (هیچ تأیید تعاملی انجام نمی‌شود)</translation>
    </message>
    <message>
        <source>A dossier can be written in {langs}, not {lang!r}.</source>
        <translation>دوسیه را می‌توان به {langs} نوشت، نه {lang!r}.</translation>
    </message>
    <message>
        <source>Unknown dossier section(s): {names}. The sections are: {all}.</source>
        <translation>بخش(های) ناشناخته دوسیه: {names}. بخش‌ها عبارت اند از: {all}.</translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation>خواندن قضیه</translation>
    </message>
    <message>
        <source>Laying out the dossier</source>
        <translation>صفحه‌آرایی دوسیه</translation>
    </message>
    <message>
        <source>Appending the annexes</source>
        <translation>افزودن ضمیمه‌ها</translation>
    </message>
    <message>
        <source>Wrong passphrase: the store was not opened.</source>
        <translation>عبارت رمز نادرست است: مخزن باز نشد.</translation>
    </message>
    <message>
        <source>Wrong recovery code: the store was not opened.</source>
        <translation>کود بازیابی نادرست است: مخزن باز نشد.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it is not the one the store had when this backup was made. Nothing was restored.</source>
        <translation>عبارت رمز نادرست است: این عبارت رمزی نیست که مخزن هنگام گرفتن این نسخه پشتیبان داشت. چیزی بازگردانی نشد.</translation>
    </message>
    <message>
        <source>Wrong recovery code: it is not the recovery code of the store this backup was made from. Nothing was restored.</source>
        <translation>کود بازیابی نادرست است: این کود بازیابیِ مخزنی نیست که این نسخه پشتیبان از آن گرفته شده است. چیزی بازگردانی نشد.</translation>
    </message>
    <message>
        <source>This file is not an encrypted casefiles bundle (not in the age format, or its beginning is damaged).</source>
        <translation>این فایل یک بسته رمزگذاری‌شده casefiles نیست (در قالب age نیست، یا آغاز آن آسیب دیده است).</translation>
    </message>
    <message>
        <source>The bundle is damaged or incomplete: its encrypted content fails the integrity check after {size} bytes (altered or truncated). Ask the sender for a new copy.</source>
        <translation>بسته آسیب دیده یا ناقص است: محتوای رمزگذاری‌شده آن پس از {size} بایت از بررسی سلامت رد شد (تغییر داده شده یا بریده شده است). از فرستنده نسخه جدیدی بخواهید.</translation>
    </message>
    <message>
        <source>{key!r} is not an age public key (they begin with &quot;age1&quot;)</source>
        <translation>{key!r} کلید عمومی age نیست (این کلیدها با &quot;age1&quot; آغاز می‌شوند)</translation>
    </message>
    <message>
        <source>A bundle needs at least one recipient or a passphrase.</source>
        <translation>بسته حداقل به یک گیرنده یا یک عبارت رمز نیاز دارد.</translation>
    </message>
    <message>
        <source>The bundle&apos;s header was altered.</source>
        <translation>سرآیند بسته تغییر داده شده است.</translation>
    </message>
    <message>
        <source>This bundle is encrypted to organisation keys, not to a passphrase: open it with your organisation&apos;s key.</source>
        <translation>این بسته برای کلیدهای سازمان رمزگذاری شده است، نه با عبارت رمز: آن را با کلید سازمان خود باز کنید.</translation>
    </message>
    <message>
        <source>The bundle&apos;s passphrase protection uses parameters casefiles does not accept (scrypt work factor 2^{n}).</source>
        <translation>محافظت عبارت رمزِ این بسته پارامترهایی به کار می‌برد که casefiles نمی‌پذیرد (ضریب کار scrypt برابر 2^{n}).</translation>
    </message>
    <message>
        <source>Wrong passphrase: the bundle was not opened.</source>
        <translation>عبارت رمز نادرست است: بسته باز نشد.</translation>
    </message>
    <message>
        <source>This bundle is protected by a passphrase, not addressed to a key: open it with the passphrase the sender gave you.</source>
        <translation>این بسته با عبارت رمز محافظت شده است، نه برای یک کلید: آن را با عبارت رمزی که فرستنده به شما داده است باز کنید.</translation>
    </message>
    <message>
        <source>The organisation&apos;s age identity is not valid.</source>
        <translation>کلید خصوصی age سازمان معتبر نیست.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this organisation&apos;s key (or its header was altered).</source>
        <translation>این بسته برای کلید این سازمان ساخته نشده است (یا سرآیند آن تغییر داده شده است).</translation>
    </message>
    <message>
        <source>The bundle is signed by {sender}&apos;s key, which is not in your address book: add and verify the partner first.</source>
        <translation>بسته با کلید {sender} امضا شده است که در دفترچه نشانی شما نیست: نخست این سازمان همکار را اضافه و تأیید کنید.</translation>
    </message>
    <message>
        <source>Open a bundle either with the organisation&apos;s key or with a passphrase.</source>
        <translation>بسته را یا با کلید سازمان باز کنید یا با عبارت رمز.</translation>
    </message>
    <message>
        <source>The bundle holds data after the end of its archive; it was refused.</source>
        <translation>بسته پس از پایان آرشیو خود داده دارد؛ رد شد.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not a complete tar archive (damaged, or not made by casefiles).</source>
        <translation>محتوای بسته یک آرشیو tar کامل نیست (آسیب دیده، یا توسط casefiles ساخته نشده است).</translation>
    </message>
    <message>
        <source>The bundle member {name} is {kind}, not a file; it was refused.</source>
        <translation>عضو بسته {name} یک {kind} است، نه یک فایل؛ رد شد.</translation>
    </message>
    <message>
        <source>The bundle holds {name} twice.</source>
        <translation>بسته {name} را دو بار دارد.</translation>
    </message>
    <message>
        <source>The bundle member {name} is {size} bytes, more than such a member can be ({limit}).</source>
        <translation>عضو بسته {name} دارای {size} بایت است، بیشتر از حدی که چنین عضوی می‌تواند داشته باشد ({limit}).</translation>
    </message>
    <message>
        <source>The bundle&apos;s cases are too large to be read.</source>
        <translation>قضایای این بسته برای خواندن بیش از حد بزرگ اند.</translation>
    </message>
    <message>
        <source>The original of source {sha}... changed since the bundle was checked; nothing of it may be kept.</source>
        <translation>نسخه اصلی منبع {sha}... پس از بررسی بسته تغییر کرده است؛ هیچ بخشی از آن نگهداری نمی‌شود.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON.</source>
        <translation>{name} یک JSON معتبر نیست.</translation>
    </message>
    <message>
        <source>The bundle has no {name}: it is not a complete casefiles bundle.</source>
        <translation>بسته {name} ندارد: یک بسته کامل casefiles نیست.</translation>
    </message>
    <message>
        <source>manifest.json is not the manifest of a casefiles bundle.</source>
        <translation>manifest.json مانیفست یک بسته casefiles نیست.</translation>
    </message>
    <message>
        <source>The bundle is in format version {found}; this casefiles reads version {known}. Update casefiles to open it.</source>
        <translation>بسته در قالب نسخه {found} است؛ این casefiles نسخه {known} را می‌خواند. برای باز کردن آن، casefiles را به‌روز کنید.</translation>
    </message>
    <message>
        <source>The bundle&apos;s cases follow schema version {found}; this casefiles reads version {known}. Update casefiles to open it.</source>
        <translation>قضایای بسته از نسخه {found} طرح‌واره پیروی می‌کنند؛ این casefiles نسخه {known} را می‌خواند. برای باز کردن آن، casefiles را به‌روز کنید.</translation>
    </message>
    <message>
        <source>manifest.json does not name a valid sender key.</source>
        <translation>manifest.json کلید معتبری برای فرستنده مشخص نمی‌کند.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not match the sender key it names: the bundle was altered, or signed with another key.</source>
        <translation>امضای مانیفست با کلید فرستنده‌ای که نام می‌برد مطابقت ندارد: بسته تغییر داده شده یا با کلید دیگری امضا شده است.</translation>
    </message>
    <message>
        <source>manifest.json lists a member twice, or lists itself.</source>
        <translation>manifest.json یک عضو را دو بار فهرست کرده، یا خودش را فهرست کرده است.</translation>
    </message>
    <message>
        <source>The bundle member {name} is not listed in the manifest; it was refused.</source>
        <translation>عضو بسته {name} در مانیفست فهرست نشده است؛ رد شد.</translation>
    </message>
    <message>
        <source>The manifest lists {name}, which is missing from the bundle.</source>
        <translation>مانیفست {name} را فهرست کرده است که در بسته وجود ندارد.</translation>
    </message>
    <message>
        <source>The bundle member {name} is {size} bytes; the manifest says {declared}.</source>
        <translation>عضو بسته {name} دارای {size} بایت است؛ مانیفست {declared} می‌گوید.</translation>
    </message>
    <message>
        <source>The bundle member {name} does not match its SHA-256 in the manifest: it was altered.</source>
        <translation>عضو بسته {name} با SHA-256 آن در مانیفست مطابقت ندارد: تغییر داده شده است.</translation>
    </message>
    <message>
        <source>{name} holds the case {uuid}.</source>
        <translation>{name} قضیه {uuid} را در بر دارد.</translation>
    </message>
    <message>
        <source>{name} describes another source ({sha}...).</source>
        <translation>{name} منبع دیگری را توصیف می‌کند ({sha}...).</translation>
    </message>
    <message>
        <source>{name} cites case {uuid}, which is not in the bundle.</source>
        <translation>{name} به قضیه {uuid} استناد می‌کند که در بسته نیست.</translation>
    </message>
    <message>
        <source>The original of source {sha}... does not match its SHA-256 or size.</source>
        <translation>نسخه اصلی منبع {sha}... با SHA-256 یا اندازه آن مطابقت ندارد.</translation>
    </message>
    <message>
        <source>The bundle holds the original {name} without its metadata.</source>
        <translation>بسته نسخه اصلی {name} را بدون مشخصات آن دارد.</translation>
    </message>
    <message>
        <source>{member} does not follow the {schema} schema at {where}: {message}</source>
        <translation>{member} در {where} از طرح‌واره {schema} پیروی نمی‌کند: {message}</translation>
    </message>
    <message>
        <source>Encrypt a bundle either to recipients&apos; keys or to a passphrase.</source>
        <translation>بسته را یا برای کلیدهای گیرندگان رمزگذاری کنید یا با عبارت رمز.</translation>
    </message>
    <message>
        <source>The bundle&apos;s passphrase is empty.</source>
        <translation>عبارت رمز بسته خالی است.</translation>
    </message>
    <message>
        <source>Case {code} has no UUID (the profile withholds it), so it cannot go into an exchange bundle: choose a profile that includes it.</source>
        <translation>قضیه {code} شناسه UUID ندارد (پروفایل آن را پنهان می‌کند)، بنابراین در بسته تبادل قرار نمی‌گیرد: پروفایلی انتخاب کنید که آن را شامل شود.</translation>
    </message>
    <message>
        <source>Case UUID {uuid!r} is malformed or given twice.</source>
        <translation>UUID قضیه {uuid!r} نادرست است یا دو بار داده شده است.</translation>
    </message>
    <message>
        <source>Source {sha}... is given twice.</source>
        <translation>منبع {sha}... دو بار داده شده است.</translation>
    </message>
    <message>
        <source>Source {sha}... cites case {uuid}, which is not in the bundle.</source>
        <translation>منبع {sha}... به قضیه {uuid} استناد می‌کند که در بسته نیست.</translation>
    </message>
    <message>
        <source>The original of source {sha}... does not match its recorded size and SHA-256; run verify on the store. No bundle was made.</source>
        <translation>نسخه اصلی منبع {sha}... با اندازه و SHA-256 ثبت‌شده آن مطابقت ندارد؛ بررسی صحت (verify) را روی مخزن اجرا کنید. هیچ بسته‌ای ساخته نشد.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name or replace it.</source>
        <translation>{path} از قبل وجود دارد؛ نام دیگری انتخاب کنید یا آن را جایگزین کنید.</translation>
    </message>
    <message>
        <source>The profile &quot;{profile}&quot; withholds the cases&apos; UUIDs, which a partner&apos;s import needs to merge them: it cannot be used for a bundle. Choose another profile.</source>
        <translation>پروفایل &quot;{profile}&quot; شناسه‌های UUID قضایا را پنهان می‌کند، در حالی که سازمان همکار برای ادغام قضایا هنگام وارد کردن به آن‌ها نیاز دارد: این پروفایل برای بسته قابل استفاده نیست. پروفایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Export either to partners (their keys) or to a passphrase, not both and not neither.</source>
        <translation>صدور را یا برای سازمان‌های همکار (کلیدهای آن‌ها) انجام دهید یا با عبارت رمز؛ نه هر دو و نه هیچ‌کدام.</translation>
    </message>
    <message>
        <source>Name at least one partner to export to.</source>
        <translation>حداقل یک سازمان همکار را برای صدور نام ببرید.</translation>
    </message>
    <message>
        <source>Not verified: {names}. Compare their fingerprint by phone or in person and mark them verified first (or allow unverified partners explicitly); nothing was exported.</source>
        <translation>تأییدنشده: {names}. نخست اثر انگشت آن‌ها را از طریق تلفن یا به صورت حضوری مقایسه کنید و آن‌ها را تأییدشده علامت بزنید (یا سازمان‌های همکار تأییدنشده را به طور صریح مجاز کنید)؛ چیزی صادر نشد.</translation>
    </message>
    <message>
        <source>Choose at least one case to export.</source>
        <translation>حداقل یک قضیه را برای صدور انتخاب کنید.</translation>
    </message>
    <message>
        <source>{n} conflict(s) need a choice of ours or theirs before anything is imported: {paths}</source>
        <translation>پیش از وارد کردن هر چیزی، برای {n} تعارض باید میان نسخه ما و نسخه آن‌ها انتخاب کنید: {paths}</translation>
    </message>
    <message>
        <source>This preview is of another bundle; preview the bundle again.</source>
        <translation>این پیش‌نمایش مربوط به بسته دیگری است؛ بسته را دوباره پیش‌نمایش کنید.</translation>
    </message>
    <message>
        <source>The store changed since the preview; preview the import again.</source>
        <translation>مخزن پس از پیش‌نمایش تغییر کرده است؛ وارد کردن را دوباره پیش‌نمایش کنید.</translation>
    </message>
    <message>
        <source>{key}={code}: a link is {same} or {not_same}, not {relation!r}.</source>
        <translation>{key}={code}: پیوند یا {same} است یا {not_same}، نه {relation!r}.</translation>
    </message>
    <message>
        <source>{key}={code}: {code} is not a likely duplicate of a new case {key} in this import.</source>
        <translation>{key}={code}: {code} یک قضیه احتمالاً تکراریِ قضیه جدید {key} در این وارد کردن نیست.</translation>
    </message>
    <message>
        <source>{key}:{path}: choose &quot;ours&quot; or &quot;theirs&quot;, not {side!r}.</source>
        <translation>{key}:{path}: &quot;ours&quot; یا &quot;theirs&quot; را انتخاب کنید، نه {side!r}.</translation>
    </message>
    <message>
        <source>{key}:{path} is not a conflict of this import (the conflicts: {paths}).</source>
        <translation>{key}:{path} از تعارض‌های این وارد کردن نیست (تعارض‌ها: {paths}).</translation>
    </message>
    <message>
        <source>The original of source {sha}... does not match its SHA-256; nothing was imported.</source>
        <translation>نسخه اصلی منبع {sha}... با SHA-256 آن مطابقت ندارد؛ چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>exchange bundle</source>
        <translation>بسته تبادل</translation>
    </message>
    <message>
        <source>The original was not sent with the bundle.</source>
        <translation>نسخه اصلی همراه بسته فرستاده نشده است.</translation>
    </message>
    <message>
        <source>A citation of source {sha}... names an item {uuid} that case {code} does not have; it was linked to the case.</source>
        <translation>یک استناد منبع {sha}... به مورد {uuid} اشاره می‌کند که قضیه {code} آن را ندارد؛ این استناد به خود قضیه وصل شد.</translation>
    </message>
    <message>
        <source>The signing key is not valid: it must be 32 bytes written in base64url (43 characters) or in hex (64 digits).</source>
        <translation>کلید امضا معتبر نیست: باید 32 بایت باشد که به صورت base64url (43 نویسه) یا hex (64 رقم) نوشته شده است.</translation>
    </message>
    <message>
        <source>The encryption key is not a valid age recipient (it starts with age1 and has 62 characters).</source>
        <translation>کلید رمزگذاری یک گیرنده معتبر age نیست (با age1 آغاز می‌شود و 62 نویسه دارد).</translation>
    </message>
    <message>
        <source>A fingerprint is {n} digits (six groups of four); {text!r} is not one.</source>
        <translation>اثر انگشت {n} رقم است (شش گروه چهاررقمی)؛ {text!r} اثر انگشت نیست.</translation>
    </message>
    <message>
        <source>The organisation card is damaged (its check does not match what it holds): copy the whole card again, or scan its QR code.</source>
        <translation>کارت سازمان آسیب دیده است (رقم کنترل آن با محتوایش مطابقت ندارد): تمام کارت را دوباره کاپی کنید یا کود QR آن را اسکن کنید.</translation>
    </message>
    <message>
        <source>The organisation card is empty.</source>
        <translation>کارت سازمان خالی است.</translation>
    </message>
    <message>
        <source>This is not a casefiles organisation card (a card starts with {prefix}:).</source>
        <translation>این کارت سازمانِ casefiles نیست (کارت با {prefix}: آغاز می‌شود).</translation>
    </message>
    <message>
        <source>This organisation card is of version {v}, which this casefiles does not know (it reads version {known}); update casefiles.</source>
        <translation>این کارت سازمان از نسخه {v} است که این casefiles آن را نمی‌شناسد (نسخه {known} را می‌خواند)؛ casefiles را به‌روز کنید.</translation>
    </message>
    <message>
        <source>The organisation card is incomplete or has extra parts ({n} parts separated by &apos;:&apos; instead of {expected}): copy the whole card again.</source>
        <translation>کارت سازمان ناقص است یا بخش‌های اضافی دارد ({n} بخش جداشده با &apos;:&apos; به جای {expected}): تمام کارت را دوباره کاپی کنید.</translation>
    </message>
    <message>
        <source>The name in the organisation card is not valid UTF-8 text.</source>
        <translation>نام درج‌شده در کارت سازمان متن معتبر UTF-8 نیست.</translation>
    </message>
    <message>
        <source>A QR code can be written as {kinds}, not {kind!r}.</source>
        <translation>کود QR را می‌توان به صورت {kinds} نوشت، نه {kind!r}.</translation>
    </message>
    <message>
        <source>This store has no organisation keys; its database is damaged. Restore the store from a backup.</source>
        <translation>این مخزن کلیدهای سازمان ندارد؛ پایگاه داده آن آسیب دیده است. مخزن را از نسخه پشتیبان بازگردانی کنید.</translation>
    </message>
    <message>
        <source>A partner needs a name.</source>
        <translation>سازمان همکار باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>An organisation&apos;s name has at most {n} characters.</source>
        <translation>نام سازمان حداکثر {n} نویسه دارد.</translation>
    </message>
    <message>
        <source>An organisation&apos;s name must be one line of text, without control characters.</source>
        <translation>نام سازمان باید یک سطر متن و بدون نویسه‌های کنترلی باشد.</translation>
    </message>
    <message>
        <source>There is no partner {ref!r} in the address book.</source>
        <translation>سازمان همکاری به نام {ref!r} در دفترچه نشانی نیست.</translation>
    </message>
    <message>
        <source>This is this store&apos;s own organisation card; add the card of the partner organisation instead.</source>
        <translation>این کارت سازمانِ خود این مخزن است؛ به جای آن، کارت سازمان همکار را اضافه کنید.</translation>
    </message>
    <message>
        <source>This card is already in the address book, as {name!r}.</source>
        <translation>این کارت از قبل با نام {name!r} در دفترچه نشانی موجود است.</translation>
    </message>
    <message>
        <source>There is already a partner named {name!r}; choose another name.</source>
        <translation>سازمان همکاری با نام {name!r} از قبل وجود دارد؛ نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The fingerprint read out does not match the one of {name}&apos;s card: this card may not be theirs. It stays unverified; get their card again by another channel.</source>
        <translation>اثر انگشتی که خوانده شد با اثر انگشت کارت {name} مطابقت ندارد: شاید این کارت از آن‌ها نباشد. کارت تأییدنشده باقی می‌ماند؛ کارت آن‌ها را از راه دیگری دوباره دریافت کنید.</translation>
    </message>
    <message>
        <source>{where} contains part of the person&apos;s identity ({field}), which this profile withholds; reword it before handing the file over.</source>
        <translation>{where} بخشی از هویت شخص ({field}) را در بر دارد که این پروفایل آن را پنهان می‌کند؛ پیش از سپردن فایل، آن را بازنویسی کنید.</translation>
    </message>
    <message>
        <source>{where} contains “{value}”, which this profile withholds ({field}); reword it before handing the file over.</source>
        <translation>{where} شامل «{value}» است که این پروفایل آن را پنهان می‌کند ({field})؛ پیش از سپردن فایل، آن را بازنویسی کنید.</translation>
    </message>
    <message>
        <source>{name!r} is not a redaction profile (use one of: {names})</source>
        <translation>{name!r} پروفایل پنهان‌سازی نیست (یکی از این‌ها را به کار ببرید: {names})</translation>
    </message>
    <message>
        <source>Redaction profile {name} cannot be read: {err}</source>
        <translation>پروفایل پنهان‌سازی {name} خوانده نمی‌شود: {err}</translation>
    </message>
    <message>
        <source>Redaction profile {name} is not valid: {problem}</source>
        <translation>پروفایل پنهان‌سازی {name} معتبر نیست: {problem}</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>یک شیء JSON انتظار می‌رفت</translation>
    </message>
    <message>
        <source>expected exactly the keys {keys}</source>
        <translation>دقیقاً کلیدهای {keys} انتظار می‌رفت</translation>
    </message>
    <message>
        <source>format must be {format} and name {name!r}</source>
        <translation>format باید {format} و name باید {name!r} باشد</translation>
    </message>
    <message>
        <source>sharing_consent {scope!r} is not a consent scope</source>
        <translation>sharing_consent {scope!r} یک دامنه رضایت نیست</translation>
    </message>
    <message>
        <source>{key} needs a text in each of: {langs}</source>
        <translation>{key} به متنی در هر یک از این زبان‌ها نیاز دارد: {langs}</translation>
    </message>
    <message>
        <source>rules need exactly the records {records}</source>
        <translation>rules دقیقاً به رکوردهای {records} نیاز دارد</translation>
    </message>
    <message>
        <source>no rule for {record} field(s) {paths}</source>
        <translation>برای فیلد(های) {paths} در {record} قاعده‌ای نیست</translation>
    </message>
    <message>
        <source>{record} has no field(s) {paths}</source>
        <translation>{record} فیلد(های) {paths} را ندارد</translation>
    </message>
    <message>
        <source>{record}.{path}: {rule!r} is not one of {rules}</source>
        <translation>{record}.{path}: {rule!r} یکی از {rules} نیست</translation>
    </message>
    <message>
        <source>{record}.{path}: only dates can be coarsened</source>
        <translation>{record}.{path}: فقط تاریخ‌ها را می‌توان کم‌دقت‌تر کرد</translation>
    </message>
    <message>
        <source>identity fields are included, so identity_consent must name a consent scope</source>
        <translation>فیلدهای هویت شامل شده اند، پس identity_consent باید یک دامنه رضایت را نام ببرد</translation>
    </message>
    <message>
        <source>identity_consent {scope!r} is not a consent scope</source>
        <translation>identity_consent {scope!r} یک دامنه رضایت نیست</translation>
    </message>
    <message>
        <source>sources needs exactly: {keys}</source>
        <translation>sources دقیقاً به این‌ها نیاز دارد: {keys}</translation>
    </message>
    <message>
        <source>sources name unknown source types</source>
        <translation>sources انواع ناشناخته منبع را نام می‌برد</translation>
    </message>
    <message>
        <source>without sources, no source type is listed and every Source and Citation field is withheld</source>
        <translation>بدون منابع، هیچ نوع منبعی فهرست نمی‌شود و همه فیلدهای Source و Citation پنهان می‌شوند</translation>
    </message>
    <message>
        <source>file_name has an unmatched brace</source>
        <translation>file_name یک آکولاد بی‌جفت دارد</translation>
    </message>
    <message>
        <source>file_name may hold only A-Z, a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>file_name فقط می‌تواند A-Z، a-z، 0-9، &apos;.&apos;، &apos;_&apos; و &apos;-&apos; داشته باشد</translation>
    </message>
    <message>
        <source>file_name placeholders are {names}</source>
        <translation>جانگهدارهای file_name عبارت اند از {names}</translation>
    </message>
    <message>
        <source>file_name shows {field}, which the profile withholds</source>
        <translation>file_name فیلد {field} را نشان می‌دهد که پروفایل آن را پنهان می‌کند</translation>
    </message>
    <message>
        <source>file_name must not start with &apos;.&apos; or &apos;-&apos;</source>
        <translation>file_name نباید با &apos;.&apos; یا &apos;-&apos; آغاز شود</translation>
    </message>
    <message>
        <source>Case {code} does not record the person&apos;s consent to &quot;{consent}&quot;, which the profile &quot;{profile}&quot; needs. Record the consent in the case first (Edit consent), or choose another profile.</source>
        <translation>در قضیه {code} رضایت شخص برای &quot;{consent}&quot; ثبت نشده است، در حالی که پروفایل &quot;{profile}&quot; به آن نیاز دارد. نخست رضایت را در قضیه ثبت کنید (ویرایش رضایت)، یا پروفایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>{name}: a plain export is a .csv or a .json file.</source>
        <translation>{name}: صدور ساده یک فایل .csv یا .json است.</translation>
    </message>
    <message>
        <source>{path} will NOT be encrypted: anyone who gets the file, or the disk or stick it is on, can read every case in it. Prefer an encrypted bundle; delete the file when it has served.</source>
        <translation>{path} رمزگذاری نخواهد شد: هر کسی که به این فایل، یا به دیسک یا فلشی که فایل روی آن است، دست یابد می‌تواند همه قضایای آن را بخواند. بسته رمزگذاری‌شده را ترجیح دهید؛ پس از استفاده، فایل را حذف کنید.</translation>
    </message>
    <message numerus="yes">
        <source>plain export of {n} case</source>
        <comment>plain export of {n} cases</comment>
        <translation>
            <numerusform>صدور ساده {n} قضیه</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no cases in this store to export.</source>
        <translation>در این مخزن قضیه‌ای برای صدور نیست.</translation>
    </message>
    <message>
        <source>{n} cases do not record the person&apos;s consent that the profile &quot;{profile}&quot; needs: {codes}. Record it in each case, leave them out, or choose another profile.</source>
        <translation>در {n} قضیه رضایت شخص که پروفایل &quot;{profile}&quot; به آن نیاز دارد ثبت نشده است: {codes}. آن را در هر قضیه ثبت کنید، این قضایا را کنار بگذارید، یا پروفایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>line {line}: {text}</source>
        <translation>سطر {line}: {text}</translation>
    </message>
    <message>
        <source>line {line}: {reasons}</source>
        <translation>سطر {line}: {reasons}</translation>
    </message>
    <message>
        <source>{rows} row(s): {accepted} to import, {rejected} rejected, {blank} blank skipped</source>
        <translation>{rows} سطر: {accepted} برای وارد کردن، {rejected} ردشده، {blank} سطر خالی نادیده گرفته شد</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as windows-1256 (Arabic script, older Windows). Check the Dari and Pashto text in the preview.</source>
        <translation>فایل UTF-8 نیست؛ به صورت windows-1256 (خط عربی، ویندوز قدیمی) خوانده شد. متن دری و پشتو را در پیش‌نمایش بررسی کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Column “{heading}” is not mapped to any field: its value in {n} row is not imported.</source>
        <comment>Column “{heading}” is not mapped to any field: its values in {n} rows are not imported.</comment>
        <translation>
            <numerusform>ستون «{heading}» به هیچ فیلدی تطبیق داده نشده است: مقادیر آن در {n} سطر وارد نمی‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping names a column “{heading}” that this sheet does not have.</source>
        <translation>تطبیق ستون‌ها ستون «{heading}» را نام می‌برد که این شیت آن را ندارد.</translation>
    </message>
    <message>
        <source>No column fills person.pseudonym: the cases will be listed by their codes only until each is given a pseudonym.</source>
        <translation>هیچ ستونی person.pseudonym را پر نمی‌کند: قضایا تا زمانی که به هر کدام نام مستعار داده نشود، فقط با کودهایشان فهرست می‌شوند.</translation>
    </message>
    <message>
        <source>the row has {n} value(s) beyond the {width} columns of the header (in a CSV file: a value holding the delimiter without quotes?)</source>
        <translation>این سطر {n} مقدار بیشتر از {width} ستونِ سطر عنوان دارد (در فایل CSV: مقداری که جداکننده را بدون علامت نقل قول دارد؟)</translation>
    </message>
    <message>
        <source>none of the mapped columns has a value</source>
        <translation>هیچ یک از ستون‌های تطبیق‌داده‌شده مقدار ندارد</translation>
    </message>
    <message>
        <source>{heading} is yes or no, not {value}</source>
        <translation>{heading} یا بلی است یا نخیر، نه {value}</translation>
    </message>
    <message>
        <source>province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>incident type</source>
        <translation>نوع رویداد</translation>
    </message>
    <message>
        <source>country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>case stage</source>
        <translation>مرحله قضیه</translation>
    </message>
    <message>
        <source>consent scope</source>
        <translation>دامنه رضایت</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <source>verification level</source>
        <translation>سطح تأیید</translation>
    </message>
    <message>
        <source>{what} {value} (column “{heading}”) is not one casefiles knows (did you mean {suggestion}?)</source>
        <translation>{what} {value} (ستون «{heading}») برای casefiles شناخته‌شده نیست (آیا منظورتان {suggestion} بود؟)</translation>
    </message>
    <message>
        <source>{what} {value} (column “{heading}”) is not one casefiles knows (for example: {sample}, ...); correct it in the sheet or give its meaning in the mapping&apos;s &quot;values&quot;</source>
        <translation>{what} {value} (ستون «{heading}») برای casefiles شناخته‌شده نیست (برای مثال: {sample}، ...)؛ آن را در شیت اصلاح کنید یا معنای آن را در &quot;values&quot; تطبیق ستون‌ها مشخص کنید</translation>
    </message>
    <message>
        <source>column “{heading}” (part of the identity; its value is not repeated here) does not hold a date casefiles understands</source>
        <translation>ستون «{heading}» (بخشی از هویت؛ مقدار آن در اینجا تکرار نمی‌شود) تاریخی ندارد که casefiles آن را بفهمد</translation>
    </message>
    <message>
        <source>date {value} (column “{heading}”): {reason}</source>
        <translation>تاریخ {value} (ستون «{heading}»): {reason}</translation>
    </message>
    <message>
        <source>date {value!r} (column “{heading}”) was read as Solar Hijri from its year: {shown}</source>
        <translation>تاریخ {value!r} (ستون «{heading}») از روی سال آن، هجری شمسی خوانده شد: {shown}</translation>
    </message>
    <message>
        <source>date {value!r} (column “{heading}”) was read day first: {shown}</source>
        <translation>تاریخ {value!r} (ستون «{heading}») با روز در اول خوانده شد: {shown}</translation>
    </message>
    <message>
        <source>{path} is not a field a column can fill (for example: {sample}, ...; docs/cli.md lists them all).</source>
        <translation>{path} فیلدی نیست که یک ستون بتواند آن را پر کند (برای مثال: {sample}، ...؛ فهرست کامل در docs/cli.md است).</translation>
    </message>
    <message>
        <source>{path}: at most {n} items of a list come from one row.</source>
        <translation>{path}: حداکثر {n} مورد یک فهرست از یک سطر گرفته می‌شود.</translation>
    </message>
    <message>
        <source>Columns “{a}” and “{b}” both fill {path}, which takes one value; map one of them to another field or to null.</source>
        <translation>ستون‌های «{a}» و «{b}» هر دو {path} را پر می‌کنند که فقط یک مقدار می‌گیرد؛ یکی از آن‌ها را به فیلد دیگری یا به null تطبیق دهید.</translation>
    </message>
    <message>
        <source>A column mapping is a JSON object with &quot;columns&quot; (and optionally &quot;values&quot;), e.g. {&quot;columns&quot;: {&quot;Province&quot;: &quot;person.origin_province&quot;}}.</source>
        <translation>تطبیق ستون‌ها یک شیء JSON با &quot;columns&quot; (و به طور اختیاری &quot;values&quot;) است، مثلاً {&quot;columns&quot;: {&quot;Province&quot;: &quot;person.origin_province&quot;}}.</translation>
    </message>
    <message>
        <source>&quot;columns&quot; maps each heading to a field path or to null.</source>
        <translation>&quot;columns&quot; هر عنوان ستون را به مسیر یک فیلد یا به null تطبیق می‌دهد.</translation>
    </message>
    <message>
        <source>&quot;values&quot; maps a field path to {&quot;spelling&quot;: &quot;term&quot;}.</source>
        <translation>&quot;values&quot; مسیر یک فیلد را به {&quot;spelling&quot;: &quot;term&quot;} تطبیق می‌دهد.</translation>
    </message>
    <message>
        <source>&quot;values&quot; of {path}: only fields with a vocabulary take extra spellings, as {{&quot;spelling&quot;: &quot;term&quot;}}.</source>
        <translation>&quot;values&quot; برای {path}: فقط فیلدهای دارای واژگان، املاهای دیگر را می‌پذیرند، به صورت {{&quot;spelling&quot;: &quot;term&quot;}}.</translation>
    </message>
    <message>
        <source>{path} is not a JSON column mapping: {reason}</source>
        <translation>{path} تطبیق ستون‌های JSON نیست: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a JSON column mapping: it is nested too deeply.</source>
        <translation>{path} تطبیق ستون‌های JSON نیست: بیش از حد تودرتو است.</translation>
    </message>
    <message>
        <source>{name}: Excel workbook, sheet “{sheet}”</source>
        <translation>{name}: فایل Excel، شیت «{sheet}»</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>{name}: CSV, {encoding}, delimiter “{delimiter}”</source>
        <translation>{name}: CSV، {encoding}، جداکننده «{delimiter}»</translation>
    </message>
    <message>
        <source>{name} is a CSV file: it has no sheets to choose from.</source>
        <translation>{name} یک فایل CSV است: شیتی برای انتخاب ندارد.</translation>
    </message>
    <message>
        <source>{name} holds no rows at all.</source>
        <translation>{name} هیچ سطری ندارد.</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>ستون {n}</translation>
    </message>
    <message>
        <source>{name} is in the old Excel format (.xls). Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
        <translation>{name} در قالب قدیمی Excel (.xls) است. آن را در یک برنامه جدول‌سازی باز کنید و به صورت .xlsx یا CSV ذخیره کنید.</translation>
    </message>
    <message>
        <source>{name} is neither a CSV text file nor an Excel workbook.</source>
        <translation>{name} نه فایل متنی CSV است و نه فایل Excel.</translation>
    </message>
    <message>
        <source>{name}, line {line}: the file cannot be read as CSV ({reason}).</source>
        <translation>{name}، سطر {line}: فایل به صورت CSV خوانده نمی‌شود ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not valid {codec} text ({reason}).</source>
        <translation>{name} متن معتبر {codec} نیست ({reason}).</translation>
    </message>
    <message>
        <source>{name} cannot be read as an Excel workbook (.xlsx): {reason}. An OpenDocument (.ods) file can be saved as .xlsx or CSV first.</source>
        <translation>{name} به صورت فایل Excel (.xlsx) خوانده نمی‌شود: {reason}. فایل OpenDocument (.ods) را می‌توان نخست به صورت .xlsx یا CSV ذخیره کرد.</translation>
    </message>
    <message>
        <source>{name} has no worksheet.</source>
        <translation>{name} هیچ شیتی ندارد.</translation>
    </message>
    <message>
        <source>{name} has no sheet “{sheet}” (its sheets: {names}).</source>
        <translation>{name} شیت «{sheet}» ندارد (شیت‌های آن: {names}).</translation>
    </message>
    <message>
        <source>{name} is damaged: {reason}</source>
        <translation>{name} آسیب دیده است: {reason}</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>تاریخ نامعلوم</translation>
    </message>
    <message>
        <source>c. </source>
        <translation>حدود </translation>
    </message>
    <message>
        <source>A date is empty.</source>
        <translation>یک تاریخ خالی است.</translation>
    </message>
    <message>
        <source>{text} is not a date casefiles understands (examples: 2021-08-15, 24 Asad 1400, Aug 2021, c. 2019, unknown)</source>
        <translation>{text} تاریخی نیست که casefiles آن را بفهمد (نمونه‌ها: 2021-08-15، 24 اسد 1400، اگست 2021، حدود 2019، نامعلوم)</translation>
    </message>
    <message>
        <source>A date&apos;s year, month and day are whole numbers.</source>
        <translation>سال، ماه و روز تاریخ باید اعداد صحیح باشند.</translation>
    </message>
    <message>
        <source>An unknown date cannot have a year, month or day.</source>
        <translation>تاریخ نامعلوم نمی‌تواند سال، ماه یا روز داشته باشد.</translation>
    </message>
    <message>
        <source>A date needs a year between {low} and {high} in its calendar (was the year left out?).</source>
        <translation>تاریخ به سالی میان {low} و {high} در تقویم خود نیاز دارد (آیا سال از قلم افتاده است؟).</translation>
    </message>
    <message>
        <source>A date of precision {p} needs exactly: {parts}.</source>
        <translation>تاریخ با دقت {p} دقیقاً به این‌ها نیاز دارد: {parts}.</translation>
    </message>
    <message>
        <source>Month {m} does not exist.</source>
        <translation>ماه {m} وجود ندارد.</translation>
    </message>
    <message>
        <source>Day {d} does not exist in month {m} of {y}.</source>
        <translation>روز {d} در ماه {m} سال {y} وجود ندارد.</translation>
    </message>
    <message>
        <source>{path}: expected an object</source>
        <translation>{path}: یک شیء انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{path}: unknown field {name}</source>
        <translation>{path}: فیلد ناشناخته {name}</translation>
    </message>
    <message>
        <source>{path}: a value is required</source>
        <translation>{path}: یک مقدار لازم است</translation>
    </message>
    <message>
        <source>{path}: expected a list</source>
        <translation>{path}: یک فهرست انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{path}: expected true or false</source>
        <translation>{path}: true یا false انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{path}: expected a whole number</source>
        <translation>{path}: یک عدد صحیح انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{path}: expected base64 data</source>
        <translation>{path}: داده base64 انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{path}: expected text</source>
        <translation>{path}: متن انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{path}: the text holds a broken character (half of a UTF-16 pair), as a damaged file or a faulty program writes</source>
        <translation>{path}: متن یک نویسه شکسته دارد (نیمی از یک جفت UTF-16)، مانند آنچه یک فایل آسیب‌دیده یا یک برنامه معیوب می‌نویسد</translation>
    </message>
    <message>
        <source>{path}: expected a date such as &quot;2021-08-15&quot; or &quot;24 Asad 1400&quot;</source>
        <translation>{path}: تاریخی مانند &quot;2021-08-15&quot; یا &quot;24 اسد 1400&quot; انتظار می‌رفت</translation>
    </message>
    <message>
        <source>{where}: {value} is not a known {vocab} (use one of: {sample})</source>
        <translation>{where}: {value} یک {vocab} شناخته‌شده نیست (یکی از این‌ها را به کار ببرید: {sample})</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>قضیه</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسپ‌ها</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>آخرین به‌روزرسانی</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>تاریخ رضایت</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تولد</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>اصلیت</translation>
    </message>
    <message>
        <source>Now in</source>
        <translation>محل کنونی</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>Service: {institution}</source>
        <translation>خدمت: {institution}</translation>
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
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>With international forces</source>
        <translation>همکاری با نیروهای بین‌المللی</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <source>Incident {n}: {type}</source>
        <translation>رویداد {n}: {type}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>وضعیت پس از آن</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Relative: {relation} {pseudonym}</source>
        <translation>خویشاوند: {relation} {pseudonym}</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>آنچه رخ داد</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>ارزیابی خطر</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>رهنمود</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>ارزیابی شده</translation>
    </message>
    <message>
        <source>Risk factor: {factor}</source>
        <translation>عامل خطر: {factor}</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>صدق می‌کند</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نخیر</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>ارزیابی</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>هویت</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>نام پدر</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>نام پدرکلان</translation>
    </message>
    <message>
        <source>Tazkira</source>
        <translation>شماره تذکره</translation>
    </message>
    <message>
        <source>Other IDs</source>
        <translation>شماره‌های دیگر هویت</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>شماره‌های تلفن</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message>
        <source>Related case: {code}  {pseudonym}</source>
        <translation>قضیه مرتبط: {code}  {pseudonym}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>تصمیم‌گیری</translation>
    </message>
    <message>
        <source>May be the same person</source>
        <translation>ممکن است همان شخص باشد</translation>
    </message>
    <message>
        <source>casefiles recovery sheet</source>
        <translation>ورقه بازیابی casefiles</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>مخزن: {path}</translation>
    </message>
    <message>
        <source>Created: {date}</source>
        <translation>تاریخ ایجاد: {date}</translation>
    </message>
    <message>
        <source>This code opens the store if the passphrase is forgotten: in the app, choose “Forgot the passphrase?”; on the command line, run casefiles-cli recover. You then choose a new passphrase.</source>
        <translation>اگر عبارت رمز فراموش شود، این کود مخزن را باز می‌کند: در برنامه، «عبارت رمز را فراموش کرده‌اید؟» را انتخاب کنید؛ در خط فرمان، casefiles-cli recover را اجرا کنید. سپس یک عبارت رمز جدید انتخاب می‌کنید.</translation>
    </message>
    <message>
        <source>Anyone who has this sheet and the laptop can read every case. Keep it apart from the laptop, somewhere safe, and never photograph it or send it by message.</source>
        <translation>هر کسی که این ورقه و لپ‌تاپ را داشته باشد می‌تواند همه قضایا را بخواند. آن را جدا از لپ‌تاپ، در جای امن نگه دارید و هرگز از آن عکس نگیرید یا آن را با پیام نفرستید.</translation>
    </message>
    <message>
        <source>audit entries {a} to {b} are missing</source>
        <translation>ثبت‌های {a} تا {b} دفتر بازرسی موجود نیستند</translation>
    </message>
    <message>
        <source>audit entry {seq} does not follow the entry before it</source>
        <translation>ثبت {seq} دفتر بازرسی در ادامه ثبت پیش از خود نیست</translation>
    </message>
    <message>
        <source>audit entry {seq} ({action}) was altered after it was written</source>
        <translation>ثبت {seq} دفتر بازرسی ({action}) پس از نوشته شدن تغییر داده شده است</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>بسیار ضعیف</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعیف</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>قوی</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>بسیار قوی</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>یک کلمه به تنهایی به آسانی حدس زده می‌شود.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>یک یا دو کلمه دیگر اضافه کنید. کلمات کم‌کاربرد بهتر اند.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>نوشتن همه حروف به صورت بزرگ تقریباً به همان آسانیِ همه حروف کوچک حدس زده می‌شود.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>از تاریخ‌ها و سال‌هایی که با شما ارتباط دارند پرهیز کنید.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>از سال‌های اخیر پرهیز کنید.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>از کلمات و نویسه‌های تکراری پرهیز کنید.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>از توالی‌ها پرهیز کنید.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>از سال‌هایی که با شما ارتباط دارند پرهیز کنید.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>استفاده از حروف بزرگ چندان کمکی نمی‌کند.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>نام‌ها و تخلص‌های رایج به آسانی حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>تاریخ‌ها اغلب به آسانی حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>نام‌ها و تخلص‌ها به تنهایی به آسانی حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>به علامت‌ها، ارقام یا حروف بزرگ نیازی نیست.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>جایگزینی‌های قابل پیش‌بینی مانند &apos;@&apos; به جای &apos;a&apos; چندان کمکی نمی‌کنند.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>سال‌های اخیر به آسانی حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>تکرارهایی مانند &quot;aaa&quot; به آسانی حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>تکرارهایی مانند &quot;abcabcabc&quot; فقط اندکی دشوارتر از &quot;abc&quot; حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>کلمات وارونه چندان دشوارتر حدس زده نمی‌شوند.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>توالی‌هایی مانند &quot;abc&quot; یا &quot;6543&quot; به آسانی حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>الگوهای کوتاه کیبورد به آسانی حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>ردیف‌های مستقیم کلیدها به آسانی حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>این یکی از 10 رمز عبور پرکاربردتر است.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>این یکی از 100 رمز عبور پرکاربردتر است.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>این یک رمز عبور بسیار رایج است.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>این به یک رمز عبور پرکاربرد شباهت دارد.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>چند کلمه به کار ببرید و از عبارات رایج پرهیز کنید.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>الگوی کیبورد طولانی‌تر با پیچ‌های بیشتر به کار ببرید.</translation>
    </message>
    <message>
        <source>Type a passphrase: four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>یک عبارت رمز تایپ کنید: چهار یا پنج کلمه بی‌ربط به آسانی به یاد می‌مانند و به دشواری حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better.</source>
        <translation>یک یا دو کلمه دیگر اضافه کنید؛ کلمات کم‌کاربرد بهتر اند.</translation>
    </message>
    <message>
        <source>The stored original no longer matches its SHA-256 ({sha}...); nothing was written. Run verify, and restore the store from a backup.</source>
        <translation>نسخه اصلی ذخیره‌شده دیگر با SHA-256 آن ({sha}...) مطابقت ندارد؛ چیزی نوشته نشد. بررسی صحت (verify) را اجرا کنید و مخزن را از نسخه پشتیبان بازگردانی کنید.</translation>
    </message>
    <message>
        <source>source {ids}: the stored original no longer matches its SHA-256 ({sha}...); it was altered or damaged</source>
        <translation>منبع {ids}: نسخه اصلی ذخیره‌شده دیگر با SHA-256 آن ({sha}...) مطابقت ندارد؛ تغییر داده شده یا آسیب دیده است</translation>
    </message>
    <message>
        <source>para. {n}</source>
        <translation>بند {n}</translation>
    </message>
    <message>
        <source>{n} line(s) of this file are not UTF-8; they were read as windows-1256. Check the text against the original.</source>
        <translation>{n} سطر این فایل UTF-8 نیست؛ به صورت windows-1256 خوانده شد. متن را با نسخه اصلی مقایسه کنید.</translation>
    </message>
    <message>
        <source>The web page is empty.</source>
        <translation>صفحه وب خالی است.</translation>
    </message>
    <message>
        <source>No article text was found on this page.</source>
        <translation>در این صفحه متن مقاله‌ای یافت نشد.</translation>
    </message>
    <message>
        <source>The MHTML file holds no web page.</source>
        <translation>فایل MHTML هیچ صفحه وبی ندارد.</translation>
    </message>
    <message>
        <source>The image says it is far larger than any photo (more than {n} million pixels): it was not opened, which could exhaust the memory. It may be damaged.</source>
        <translation>این تصویر ادعا می‌کند از هر عکسی بسیار بزرگ‌تر است (بیش از {n} میلیون پیکسل): باز نشد، زیرا می‌توانست حافظه را تمام کند. شاید خراب باشد.</translation>
    </message>
    <message>
        <source>The image cannot be read ({err}).</source>
        <translation>تصویر خوانده نمی‌شود ({err}).</translation>
    </message>
    <message>
        <source>The PDF cannot be read ({err}); it may be damaged, cut short or protected by a password.</source>
        <translation>فایل PDF خوانده نمی‌شود ({err})؛ شاید آسیب دیده، ناقص یا با رمز عبور محافظت شده باشد.</translation>
    </message>
    <message>
        <source>p. {n}</source>
        <translation>ص {n}</translation>
    </message>
    <message>
        <source>Page(s) {pages} of the PDF cannot be read (damaged); their text is missing.</source>
        <translation>صفحه(های) {pages} این PDF خوانده نمی‌شود (خراب است)؛ متن آن‌ها موجود نیست.</translation>
    </message>
    <message>
        <source>The PDF has no text layer (a scan?); nothing could be searched or quoted. The original is kept.</source>
        <translation>فایل PDF لایه متنی ندارد (اسکن‌شده است؟)؛ چیزی قابل جستجو یا نقل قول نیست. نسخه اصلی نگهداری شد.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} یک فولدر است، نه فایل.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a pipe, device or socket).</source>
        <translation>{path} یک فایل عادی نیست (pipe، دستگاه یا socket).</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): there is nothing to keep.</source>
        <translation>{path} خالی است (0 بایت): چیزی برای نگهداری نیست.</translation>
    </message>
    <message>
        <source>{path} is {size}, over the size limit of {limit} for one source.</source>
        <translation>اندازه {path} برابر {size} است که از حد {limit} برای یک منبع بیشتر است.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>در {path} فایلی نیست.</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied).</source>
        <translation>{path} خوانده نمی‌شود (اجازه دسترسی نیست).</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} خوانده نمی‌شود ({reason}).</translation>
    </message>
    <message>
        <source>This file is already in the store as source {id} (same SHA-256); it was not stored again.</source>
        <translation>این فایل از قبل به عنوان منبع {id} در مخزن است (همان SHA-256)؛ دوباره ذخیره نشد.</translation>
    </message>
    <message>
        <source>{name} changed while it was being read; try again once it is complete.</source>
        <translation>{name} هنگام خوانده شدن تغییر کرد؛ وقتی کامل شد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>The file is too large to read its text ({size}); the original is kept.</source>
        <translation>فایل برای خواندن متن آن بیش از حد بزرگ است ({size})؛ نسخه اصلی نگهداری شد.</translation>
    </message>
    <message>
        <source>The original is kept unchanged.</source>
        <translation>نسخه اصلی بدون تغییر نگهداری شد.</translation>
    </message>
    <message>
        <source>The text could not be extracted ({err}); the original is kept unchanged.</source>
        <translation>متن استخراج نشد ({err})؛ نسخه اصلی بدون تغییر نگهداری شد.</translation>
    </message>
    <message>
        <source>{added} added, {dup} already in the store, {refused} refused.</source>
        <translation>{added} اضافه شد، {dup} از قبل در مخزن بود، {refused} رد شد.</translation>
    </message>
    <message>
        <source>{name} is named as {claimed} but its content is {actual}; it is read as {actual}.</source>
        <translation>{name} به عنوان {claimed} نام‌گذاری شده، اما محتوای آن {actual} است؛ به صورت {actual} خوانده می‌شود.</translation>
    </message>
    <message>
        <source>province of origin</source>
        <translation>ولایت اصلی</translation>
    </message>
    <message>
        <source>province of an incident</source>
        <translation>ولایت رویداد</translation>
    </message>
    <message>
        <source>province served in</source>
        <translation>ولایت خدمت</translation>
    </message>
    <message>
        <source>institution served in</source>
        <translation>نهاد محل خدمت</translation>
    </message>
    <message>
        <source>type of an incident</source>
        <translation>نوع رویداد</translation>
    </message>
    <message>
        <source>country the person is in</source>
        <translation>کشور محل اقامت کنونی شخص</translation>
    </message>
    <message>
        <source>country of an incident</source>
        <translation>کشور رویداد</translation>
    </message>
    <message>
        <source>the store is unchanged</source>
        <translation>مخزن بدون تغییر است</translation>
    </message>
    <message>
        <source>{path} is a folder; name the backup file to write in it.</source>
        <translation>{path} یک فولدر است؛ نام فایل پشتیبانی را که باید در آن نوشته شود مشخص کنید.</translation>
    </message>
    <message>
        <source>A backup cannot go inside the store&apos;s own folder ({path}); choose another disk or folder.</source>
        <translation>نسخه پشتیبان نمی‌تواند در فولدر خود مخزن ({path}) قرار گیرد؛ دیسک یا فولدر دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>کاپی کردن پایگاه داده</translation>
    </message>
    <message>
        <source>Checking the copy</source>
        <translation>بررسی کاپی</translation>
    </message>
    <message>
        <source>its content differs from the store</source>
        <translation>محتوای آن با مخزن فرق دارد</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>بررسی صحت نسخه پشتیبان</translation>
    </message>
    <message>
        <source>The backup did not read back intact ({problem}); it was not kept. Check the disk it was written to, and try again.</source>
        <translation>نسخه پشتیبان هنگام بازخوانی سالم نبود ({problem})؛ نگهداری نشد. دیسکی را که روی آن نوشته شد بررسی کنید و دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>The store&apos;s key-slot file belongs to another store.</source>
        <translation>فایل جایگاه‌های کلید این مخزن مربوط به مخزن دیگری است.</translation>
    </message>
    <message>
        <source>Sealing the backup</source>
        <translation>مهر و موم کردن نسخه پشتیبان</translation>
    </message>
    <message>
        <source>the backup is complete, but the store could not note it ({error}); the reminder does not know of it</source>
        <translation>نسخه پشتیبان کامل است، اما مخزن نتوانست آن را ثبت کند ({error})؛ یادآوری از آن خبر ندارد</translation>
    </message>
    <message>
        <source>Give either the passphrase or the recovery code.</source>
        <translation>یا عبارت رمز را بدهید یا کود بازیابی را.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>بررسی نسخه پشتیبان</translation>
    </message>
    <message>
        <source>This backup was made by a newer casefiles; update casefiles to restore it. Nothing was restored.</source>
        <translation>این نسخه پشتیبان با نسخه جدیدتری از casefiles ساخته شده است؛ برای بازگردانی آن، casefiles را به‌روز کنید. چیزی بازگردانی نشد.</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation>چیزی بازگردانی نشد</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; restore into a new folder.</source>
        <translation>{path} از قبل وجود دارد و خالی نیست؛ در یک فولدر جدید بازگردانی کنید.</translation>
    </message>
    <message>
        <source>Restoring the database</source>
        <translation>بازگردانی پایگاه داده</translation>
    </message>
    <message>
        <source>The backup changed while it was being restored; nothing was restored. Try again once nothing else writes to it.</source>
        <translation>نسخه پشتیبان هنگام بازگردانی تغییر کرد؛ چیزی بازگردانی نشد. وقتی برنامه دیگری در آن نمی‌نویسد، دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>The database in this backup cannot be opened; nothing was restored.</source>
        <translation>پایگاه داده این نسخه پشتیبان باز نمی‌شود؛ چیزی بازگردانی نشد.</translation>
    </message>
    <message>
        <source>The audit log in this backup does not end where its manifest says; nothing was restored.</source>
        <translation>دفتر بازرسی این نسخه پشتیبان در جایی که مانیفست آن می‌گوید پایان نمی‌یابد؛ چیزی بازگردانی نشد.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} یک فولدر است، نه فایل پشتیبان.</translation>
    </message>
    <message>
        <source>{path} is not a casefiles backup.</source>
        <translation>{path} نسخه پشتیبان casefiles نیست.</translation>
    </message>
    <message>
        <source>{path} is a backup in format {version}, which this casefiles cannot read (it is newer, or the file is damaged).</source>
        <translation>{path} نسخه پشتیبانی در قالب {version} است که این casefiles نمی‌تواند آن را بخواند (جدیدتر است یا فایل آسیب دیده است).</translation>
    </message>
    <message>
        <source>{path} is a damaged or incomplete casefiles backup (truncated, or changed after it was written); nothing was restored. Use another copy of the backup.</source>
        <translation>{path} نسخه پشتیبان آسیب‌دیده یا ناقص casefiles است (بریده شده، یا پس از نوشته شدن تغییر کرده است)؛ چیزی بازگردانی نشد. کاپی دیگری از نسخه پشتیبان را به کار ببرید.</translation>
    </message>
    <message>
        <source>{path} is damaged or was altered after it was written (it fails its authentication); nothing was restored. Use another copy of the backup.</source>
        <translation>{path} آسیب دیده یا پس از نوشته شدن تغییر داده شده است (از احراز اصالت رد شد)؛ چیزی بازگردانی نشد. کاپی دیگری از نسخه پشتیبان را به کار ببرید.</translation>
    </message>
    <message>
        <source>The backup ended early while it was being read.</source>
        <translation>نسخه پشتیبان هنگام خواندن، زودتر از انتظار پایان یافت.</translation>
    </message>
    <message>
        <source>{path} is damaged or was altered after it was written (its key slots do not check); nothing was restored. Use another copy of the backup.</source>
        <translation>{path} آسیب دیده یا پس از نوشته شدن تغییر داده شده است (جایگاه‌های کلید آن از بررسی رد شدند)؛ چیزی بازگردانی نشد. کاپی دیگری از نسخه پشتیبان را به کار ببرید.</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder}: {needed} needed, {free} free. Nothing was written. Free some space or choose another disk.</source>
        <translation>در {folder} فضای خالی کافی نیست: {needed} لازم است، {free} خالی است. چیزی نوشته نشد. مقداری فضا خالی کنید یا دیسک دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The disk filled up while writing {path}: nothing was written and {what}. Free some space or choose another disk.</source>
        <translation>دیسک هنگام نوشتن {path} پر شد: چیزی نوشته نشد و {what}. مقداری فضا خالی کنید یا دیسک دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The store is busy (a large import?); try again when it is done.</source>
        <translation>مخزن مشغول است (وارد کردن حجم بزرگی از داده؟)؛ پس از پایان آن دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>{path} could not be written ({error}); {what}.</source>
        <translation>{path} نوشته نشد ({error})؛ {what}.</translation>
    </message>
    <message>
        <source>the audit log ends before entry {seq}, which the backup of {at} holds: later entries were removed</source>
        <translation>دفتر بازرسی پیش از ثبت {seq} پایان می‌یابد، در حالی که نسخه پشتیبان {at} آن را دارد: ثبت‌های بعدی حذف شده اند</translation>
    </message>
    <message>
        <source>audit entry {seq} is not the one the backup of {at} holds: the history was rewritten</source>
        <translation>ثبت {seq} دفتر بازرسی همان ثبتی نیست که در نسخه پشتیبان {at} است: سابقه بازنویسی شده است</translation>
    </message>
    <message>
        <source>the same person</source>
        <translation>همان شخص</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>همان شخص نیست</translation>
    </message>
    <message>
        <source>A link is {same} or {not_same}, not {relation!r}.</source>
        <translation>پیوند یا {same} است یا {not_same}، نه {relation!r}.</translation>
    </message>
    <message>
        <source>{code} and {other} are not linked.</source>
        <translation>{code} و {other} به هم پیوند داده نشده اند.</translation>
    </message>
    <message>
        <source>A case cannot be linked with itself.</source>
        <translation>یک قضیه را نمی‌توان با خودش پیوند داد.</translation>
    </message>
    <message>
        <source>There is no list {name!r} in a case (known: {known}).</source>
        <translation>در قضیه فهرستی به نام {name!r} نیست (فهرست‌های شناخته‌شده: {known}).</translation>
    </message>
    <message>
        <source>Case {code} has no such item ({uuid}): it may have been removed.</source>
        <translation>قضیه {code} چنین موردی ({uuid}) ندارد: شاید حذف شده باشد.</translation>
    </message>
    <message>
        <source>There is no case {code} in this store.</source>
        <translation>قضیه {code} در این مخزن نیست.</translation>
    </message>
    <message>
        <source>{table}: {uuid} is cited by a source; remove the citation before removing it</source>
        <translation>{table}: یک منبع به {uuid} استناد کرده است؛ پیش از حذف آن، استناد را حذف کنید</translation>
    </message>
    <message>
        <source>{table}: uuid {uuid} is given twice</source>
        <translation>{table}: شناسه uuid {uuid} دو بار داده شده است</translation>
    </message>
    <message>
        <source>{table}: uuid {uuid} belongs to another case ({code})</source>
        <translation>{table}: شناسه uuid {uuid} از قضیه دیگری است ({code})</translation>
    </message>
    <message>
        <source>This case has no {what} {uuid}.</source>
        <translation>این قضیه {what} {uuid} ندارد.</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>risk factor</source>
        <translation>عامل خطر</translation>
    </message>
    <message>
        <source>same institution, province and incident dates, similar pseudonym</source>
        <translation>نهاد، ولایت و تاریخ‌های رویداد یکسان، نام مستعار مشابه</translation>
    </message>
    <message>
        <source>same tazkira number</source>
        <translation>شماره تذکره یکسان</translation>
    </message>
    <message>
        <source>same full name and father&apos;s name</source>
        <translation>نام کامل و نام پدر یکسان</translation>
    </message>
    <message>
        <source>The store&apos;s key-slot file is missing: {path}</source>
        <translation>فایل جایگاه‌های کلید مخزن موجود نیست: {path}</translation>
    </message>
    <message>
        <source>The store&apos;s key-slot file is damaged ({path}); restore it from a backup of the store folder. The database alone cannot be opened without it.</source>
        <translation>فایل جایگاه‌های کلید مخزن آسیب دیده است ({path})؛ آن را از نسخه پشتیبان فولدر مخزن بازگردانی کنید. پایگاه داده به تنهایی بدون آن باز نمی‌شود.</translation>
    </message>
    <message>
        <source>This store was made by a newer casefiles (key-slot version {v}); update casefiles to open it.</source>
        <translation>این مخزن با نسخه جدیدتری از casefiles ساخته شده است (نسخه جایگاه کلید {v})؛ برای باز کردن آن، casefiles را به‌روز کنید.</translation>
    </message>
    <message>
        <source>{text!r} is not a size (examples: 500MB, 2GB, 4GiB).</source>
        <translation>{text!r} اندازه نیست (نمونه‌ها: 500MB، 2GB، 4GiB).</translation>
    </message>
    <message>
        <source>largest file accepted as one source, in bytes</source>
        <translation>بزرگ‌ترین فایلی که به عنوان یک منبع پذیرفته می‌شود، به بایت</translation>
    </message>
    <message>
        <source>remind to back up when the last backup is this many days old (0: never remind)</source>
        <translation>یادآوری پشتیبان‌گیری وقتی آخرین نسخه پشتیبان این تعداد روز قدیمی باشد (0: هرگز یادآوری نشود)</translation>
    </message>
    <message>
        <source>There is no setting {name!r} (known: {names}).</source>
        <translation>تنظیمی به نام {name!r} نیست (تنظیمات شناخته‌شده: {names}).</translation>
    </message>
    <message>
        <source>{name} must be more than zero.</source>
        <translation>{name} باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>There is no source {id} in this store.</source>
        <translation>منبع {id} در این مخزن نیست.</translation>
    </message>
    <message>
        <source>A source edit must be an object of fields and values.</source>
        <translation>ویرایش منبع باید شیئی از فیلدها و مقادیر باشد.</translation>
    </message>
    <message>
        <source>{name}: set by the store, it cannot be edited.</source>
        <translation>{name}: توسط مخزن تعیین می‌شود و قابل ویرایش نیست.</translation>
    </message>
    <message>
        <source>title: a source needs a title.</source>
        <translation>title: منبع باید عنوان داشته باشد.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {n} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>عبارت رمز باید حداقل {n} نویسه داشته باشد؛ چند کلمه بی‌ربط به آسانی به یاد می‌مانند و به دشواری حدس زده می‌شوند.</translation>
    </message>
    <message>
        <source>{path} already exists and is not empty; choose a new folder.</source>
        <translation>{path} از قبل وجود دارد و خالی نیست؛ یک فولدر جدید انتخاب کنید.</translation>
    </message>
    <message>
        <source>This store is open in a casefiles window (pid {pid}): nothing was written. Lock or close the store there, then try again.</source>
        <translation>این مخزن در یک پنجره casefiles باز است (pid {pid}): چیزی نوشته نشد. مخزن را در آنجا قفل کنید یا ببندید، سپس دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>There is no store at {path}.</source>
        <translation>در {path} مخزنی نیست.</translation>
    </message>
    <message>
        <source>{path} is not a casefiles store (it holds no {db} or {slots}).</source>
        <translation>{path} مخزن casefiles نیست ({db} یا {slots} در آن نیست).</translation>
    </message>
    <message>
        <source>{db} belongs to another store than this key-slot file.</source>
        <translation>{db} مربوط به مخزنی غیر از مخزنِ این فایل جایگاه‌های کلید است.</translation>
    </message>
    <message>
        <source>This store was made by a newer casefiles; update casefiles to open it.</source>
        <translation>این مخزن با نسخه جدیدتری از casefiles ساخته شده است؛ برای باز کردن آن، casefiles را به‌روز کنید.</translation>
    </message>
    <message>
        <source>{path} cannot be written (a write-protected disk, a read-only folder or files), and casefiles only opens a store it can write to: it records every change and every view of an identity. Nothing was changed. Make it writable, or copy the store folder to a writable disk, then unlock it again.</source>
        <translation>در {path} نوشته نمی‌شود (دیسک محافظت‌شده در برابر نوشتن، یا فولدر یا فایل‌های فقط‌خواندنی)، و casefiles تنها مخزنی را باز می‌کند که بتواند در آن بنویسد: هر تغییر و هر نمایش هویت را ثبت می‌کند. چیزی تغییر نکرد. آن را قابل نوشتن بسازید، یا فولدر مخزن را به یک دیسک قابل نوشتن کاپی کنید، سپس دوباره قفل آن را باز کنید.</translation>
    </message>
    <message>
        <source>This store is already open in another casefiles window (pid {pid}). Use that window, or lock or close the store there, then unlock it here.</source>
        <translation>این مخزن از قبل در پنجره دیگر casefiles باز است (pid {pid}). از همان پنجره استفاده کنید، یا مخزن را در آنجا قفل کنید یا ببندید، سپس قفل آن را اینجا باز کنید.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>{db} is damaged or is not this store&apos;s database: it cannot be decrypted with this store&apos;s key. Restore the store from a backup.</source>
        <translation>{db} آسیب دیده است یا پایگاه داده این مخزن نیست: با کلید این مخزن رمزگشایی نمی‌شود. مخزن را از نسخه پشتیبان بازگردانی کنید.</translation>
    </message>
    <message>
        <source>The store&apos;s database file is missing: {db}.</source>
        <translation>فایل پایگاه داده مخزن موجود نیست: {db}.</translation>
    </message>
    <message>
        <source>The store&apos;s database file cannot be read (permissions): {db}.</source>
        <translation>فایل پایگاه داده مخزن خوانده نمی‌شود (اجازه دسترسی): {db}.</translation>
    </message>
    <message>
        <source>The store&apos;s database file is empty: {db}. Restore the store from a backup.</source>
        <translation>فایل پایگاه داده مخزن خالی است: {db}. مخزن را از نسخه پشتیبان بازگردانی کنید.</translation>
    </message>
    <message>
        <source>{db} is an unencrypted SQLite database, not a casefiles store&apos;s database.</source>
        <translation>{db} یک پایگاه داده SQLite رمزگذاری‌نشده است، نه پایگاه داده مخزن casefiles.</translation>
    </message>
    <message>
        <source>The store&apos;s database file is truncated ({size} bytes): {db}. Restore the store from a backup.</source>
        <translation>فایل پایگاه داده مخزن بریده شده است ({size} بایت): {db}. مخزن را از نسخه پشتیبان بازگردانی کنید.</translation>
    </message>
    <message>
        <source>encrypted pages</source>
        <translation>صفحات رمزگذاری‌شده</translation>
    </message>
    <message>
        <source>database structure</source>
        <translation>ساختار پایگاه داده</translation>
    </message>
    <message>
        <source>audit log chain</source>
        <translation>زنجیره دفتر بازرسی</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>فهرست جستجو</translation>
    </message>
    <message>
        <source>source originals</source>
        <translation>نسخه‌های اصلی منابع</translation>
    </message>
    <message>
        <source>the search index is inconsistent ({err}); it can be rebuilt</source>
        <translation>فهرست جستجو ناهماهنگ است ({err})؛ می‌توان آن را از نو ساخت</translation>
    </message>
    <message>
        <source>destroyed: {name} (overwritten, then removed)</source>
        <translation>نابود شد: {name} (بازنویسی و سپس حذف شد)</translation>
    </message>
    <message>
        <source>overwritten but NOT removed: {name}: {problem}</source>
        <translation>بازنویسی شد اما حذف نشد: {name}: {problem}</translation>
    </message>
    <message>
        <source>removed but NOT overwritten: {name}: {problem}</source>
        <translation>حذف شد اما بازنویسی نشد: {name}: {problem}</translation>
    </message>
    <message>
        <source>NOT destroyed: {name}: {problem}</source>
        <translation>نابود نشد: {name}: {problem}</translation>
    </message>
    <message>
        <source>left in place, not a casefiles file: {name}</source>
        <translation>دست‌نخورده ماند، فایل casefiles نیست: {name}</translation>
    </message>
    <message>
        <source>removed the folder {path}</source>
        <translation>فولدر {path} حذف شد</translation>
    </message>
    <message>
        <source>the folder {path} could NOT be removed: {problem}</source>
        <translation>فولدر {path} حذف نشد: {problem}</translation>
    </message>
    <message>
        <source>The store&apos;s key slots are destroyed: it cannot be opened again, with or without the passphrase or the recovery code.</source>
        <translation>جایگاه‌های کلید مخزن نابود شدند: مخزن دیگر باز نمی‌شود، نه با عبارت رمز یا کود بازیابی و نه بدون آن‌ها.</translation>
    </message>
    <message>
        <source>The key slots could NOT all be destroyed: whoever has the passphrase or the recovery code may still open the store.</source>
        <translation>همه جایگاه‌های کلید نابود نشدند: هر کسی که عبارت رمز یا کود بازیابی را داشته باشد، هنوز ممکن است مخزن را باز کند.</translation>
    </message>
    <message>
        <source>SSDs, USB sticks and memory cards move data around internally (wear levelling): old copies of the overwritten bytes may survive inside the device, out of reach of any program.</source>
        <translation>دیسک‌های SSD، فلش‌های USB و کارت‌های حافظه داده‌ها را در داخل خود جابه‌جا می‌کنند (wear levelling): کاپی‌های قدیمی بایت‌های بازنویسی‌شده ممکن است در داخل دستگاه، دور از دسترس هر برنامه‌ای، باقی بمانند.</translation>
    </message>
    <message>
        <source>Journaling and copy-on-write file systems (ext4 with data journaling, btrfs, ZFS, APFS) and file-system snapshots may keep earlier copies of the files, including key-slot files from before a passphrase change.</source>
        <translation>سیستم‌های فایل ژورنال‌دار و copy-on-write (ext4 با ژورنال داده، btrfs، ZFS، APFS) و snapshotهای سیستم فایل ممکن است کاپی‌های قبلی فایل‌ها را نگه دارند، از جمله فایل‌های جایگاه کلید از پیش از تغییر عبارت رمز.</translation>
    </message>
    <message>
        <source>Backups, exported bundles, dossiers and spreadsheets saved or printed elsewhere, and copies of the store folder, are not touched: destroy them separately.</source>
        <translation>نسخه‌های پشتیبان، بسته‌های صادرشده، دوسیه‌ها و جدول‌هایی که در جای دیگر ذخیره یا چاپ شده اند، و کاپی‌های فولدر مخزن دست نمی‌خورند: آن‌ها را جداگانه نابود کنید.</translation>
    </message>
    <message>
        <source>Copies the operating system made are not reached: swap, hibernation files, crash reports, and the shell&apos;s history of commands typed.</source>
        <translation>کاپی‌هایی که سیستم عامل ساخته است پاک نمی‌شوند: swap، فایل‌های hibernation، گزارش‌های خرابی، و سابقه فرمان‌های تایپ‌شده در shell.</translation>
    </message>
    <message>
        <source>Another copy of casefiles that has this store open keeps what it shows until it is closed: quit it.</source>
        <translation>اگر casefiles دیگری این مخزن را باز کرده باشد، آنچه را نشان می‌دهد تا بسته شدن نگه می‌دارد: آن را ببندید.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be read: {reason}</source>
        <translation>فولدر {path} خوانده نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a casefiles store (it holds no {db} or {slots}); nothing was wiped.</source>
        <translation>{path} مخزن casefiles نیست ({db} یا {slots} در آن نیست)؛ چیزی پاک نشد.</translation>
    </message>
    <message>
        <source>it is a link; the file it points to was not overwritten</source>
        <translation>این یک پیوند نمادین (symlink) است؛ فایلی که به آن اشاره می‌کند بازنویسی نشد</translation>
    </message>
    <message>
        <source>it holds files that are not casefiles&apos;</source>
        <translation>فایل‌هایی در آن است که از casefiles نیستند</translation>
    </message>
    <message>
        <source>quote found in the text</source>
        <translation>نقل قول در متن یافت شد</translation>
    </message>
    <message>
        <source>QUOTE NOT FOUND in the text: check it</source>
        <translation>نقل قول در متن یافت نشد: آن را بررسی کنید</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>ناشر</translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation>محل دقیق</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>نقل قول</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ترجمه</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>شریک شده با</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>پروفایل</translation>
    </message>
    <message>
        <source>How</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>The bundle holds a member with an absolute path ({name}); it was refused.</source>
        <translation>بسته عضوی با مسیر مطلق ({name}) دارد؛ رد شد.</translation>
    </message>
    <message>
        <source>The bundle holds a member whose path leaves its folder ({name}); it was refused.</source>
        <translation>بسته عضوی دارد که مسیر آن از فولدرش بیرون می‌رود ({name})؛ رد شد.</translation>
    </message>
    <message>
        <source>The bundle holds an unexpected member {name}: only manifest.json, manifest.sig, cases/&lt;uuid&gt;.json and sources/&lt;sha256&gt;[.json] belong in one.</source>
        <translation>بسته عضو ناشناخته {name} را دارد: در یک بسته تنها manifest.json، manifest.sig، cases/&lt;uuid&gt;.json و sources/&lt;sha256&gt;[.json] جای دارند.</translation>
    </message>
    <message>
        <source>The Word document cannot be read ({err}: {reason}).</source>
        <translation>سند Word خوانده نمی‌شود ({err}: {reason}).</translation>
    </message>
    <message>
        <source>The store is busy: another casefiles window or casefiles-cli is writing to it. Nothing was written; try again in a moment.</source>
        <translation>مخزن مصروف است: یک پنجره دیگر casefiles یا casefiles-cli در آن می‌نویسد. چیزی نوشته نشد؛ لحظه‌ای بعد دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>The disk is full (or the quota is used up): nothing was written, and what was being saved was undone. Free some space, then try again.</source>
        <translation>دیسک پر است (یا سهمیه تمام شده): چیزی نوشته نشد و آنچه در حال ذخیره بود لغو شد. کمی جا خالی کنید، سپس دوباره کوشش کنید.</translation>
    </message>
    <message>
        <source>The store&apos;s folder</source>
        <translation>فولدر مخزن</translation>
    </message>
    <message>
        <source>{folder} cannot be written (a write-protected disk, a read-only folder or files): nothing was written. Make it writable, or copy the store folder to a writable disk, then unlock it again.</source>
        <translation>در {folder} نوشته نمی‌شود (دیسک محافظت‌شده در برابر نوشتن، یا فولدر یا فایل‌های فقط‌خواندنی): چیزی نوشته نشد. آن را قابل نوشتن بسازید، یا فولدر مخزن را به یک دیسک قابل نوشتن کاپی کنید، سپس دوباره قفل آن را باز کنید.</translation>
    </message>
    <message>
        <source>The store&apos;s folder is gone (was the USB stick removed?). Nothing more was written; plug it back in and unlock again.</source>
        <translation>فولدر مخزن دیگر نیست (آیا فلش USB کشیده شد؟). چیز دیگری نوشته نشد؛ آن را دوباره وصل کنید و قفل را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>The disk holding the store failed to read or write it ({reason}). Nothing more was written; check that it is still plugged in, lock, unlock again and run verify.</source>
        <translation>دیسکی که مخزن در آن است در خواندن یا نوشتن ناکام شد ({reason}). چیز دیگری نوشته نشد؛ بررسی کنید که هنوز وصل باشد، قفل کنید، دوباره قفل را باز کنید و بررسی صحت (verify) را اجرا کنید.</translation>
    </message>
</context>
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>افزودن سازمان همکار</translation>
    </message>
    <message>
        <source>They read these digits to me over the phone and they match</source>
        <translation>آن‌ها این ارقام را از طریق تلفن برایم خواندند و مطابقت دارند</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Their card</source>
        <translation>کارت آن‌ها</translation>
    </message>
    <message>
        <source>Its fingerprint</source>
        <translation>اثر انگشت آن</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the store</source>
        <translation>پشتیبان‌گیری از مخزن</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>Choose where the backup goes…</source>
        <translation>محل ذخیره نسخه پشتیبان را انتخاب کنید…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>One encrypted file with every case, identity, source and the audit log. It opens only with this store&apos;s passphrase or its recovery code. Keep it on another disk, away from this computer.</source>
        <translation>یک فایل رمزگذاری‌شده با همه قضایا، هویت‌ها، منابع و دفتر بازرسی. فقط با عبارت رمز یا کود بازیابی همین مخزن باز می‌شود. آن را روی دیسک دیگری، دور از این کمپیوتر نگه دارید.</translation>
    </message>
    <message>
        <source>This store has not been backed up yet.</source>
        <translation>هنوز از این مخزن نسخه پشتیبان گرفته نشده است.</translation>
    </message>
    <message>
        <source>Last backup: %1 (UTC).</source>
        <translation>آخرین نسخه پشتیبان: %1 (UTC).</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>ذخیره نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Backed up to %1 and verified (%2).</source>
        <translation>نسخه پشتیبان در %1 ذخیره و صحت آن بررسی شد (%2).</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>هشدار: %1</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>This store has never been backed up.</source>
        <translation>از این مخزن هرگز نسخه پشتیبان گرفته نشده است.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago.</source>
        <translation>
            <numerusform>آخرین نسخه پشتیبان %n روز پیش گرفته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>اکنون پشتیبان بگیرید</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعداً</translation>
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
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>What matches</source>
        <translation>موارد منطبق</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>استناد شده</translation>
    </message>
    <message>
        <source>“%1” (%2 sentence(s)): %3, %4</source>
        <translation>«%1» (%2 جمله): %3، %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بلی</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <translation>قضیه جدید</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>ویرایش قضیه</translation>
    </message>
    <message>
        <source>Who the person was and what has happened to them, in a few sentences (any language)</source>
        <translation>شخص چه کسی بود و چه بر سر او آمده است، در چند جمله (به هر زبانی)</translation>
    </message>
    <message>
        <source>Working notes: not part of the summary</source>
        <translation>یادداشت‌های کاری: بخشی از خلاصه نیستند</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تولد</translation>
    </message>
    <message>
        <source>Province of origin</source>
        <translation>ولایت اصلی</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ولسوالی</translation>
    </message>
    <message>
        <source>Now in (country)</source>
        <translation>محل کنونی (کشور)</translation>
    </message>
    <message>
        <source>Now in (place)</source>
        <translation>محل کنونی (شهر یا منطقه)</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Tags (comma between)</source>
        <translation>برچسپ‌ها (با کامه , از هم جدا شوند)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Code</source>
        <translation>کود</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>نهاد</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>رویدادها</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>هویت</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>بستگان</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>خطر</translation>
    </message>
    <message>
        <source>Share log</source>
        <translation>سابقه شریک‌سازی</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Reveal identity</source>
        <translation>نمایش هویت</translation>
    </message>
    <message>
        <source>Shows the person&apos;s name and ID numbers. Each viewing is recorded in the audit log.</source>
        <translation>نام و شماره‌های هویت شخص را نشان می‌دهد. هر بار مشاهده در دفتر بازرسی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Edit identity…</source>
        <translation>ویرایش هویت…</translation>
    </message>
    <message>
        <source>Opens the identity for editing; this too is recorded in the audit log.</source>
        <translation>هویت را برای ویرایش باز می‌کند؛ این کار نیز در دفتر بازرسی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>هنوز چیزی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Edit consent…</source>
        <translation>ویرایش رضایت…</translation>
    </message>
    <message>
        <source>Link with another case…</source>
        <translation>پیوند با قضیه دیگر…</translation>
    </message>
    <message>
        <source>Add a posting…</source>
        <translation>افزودن دوره خدمت…</translation>
    </message>
    <message>
        <source>Add an incident…</source>
        <translation>افزودن رویداد…</translation>
    </message>
    <message>
        <source>Add a relative…</source>
        <translation>افزودن خویشاوند…</translation>
    </message>
    <message>
        <source>No risk assessment yet.</source>
        <translation>هنوز ارزیابی خطری ثبت نشده است.</translation>
    </message>
    <message>
        <source>Edit the assessment…</source>
        <translation>ویرایش ارزیابی…</translation>
    </message>
    <message>
        <source>Add a risk factor…</source>
        <translation>افزودن عامل خطر…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Forget this decision</source>
        <translation>لغو این تصمیم</translation>
    </message>
    <message>
        <source>The same person: link</source>
        <translation>همان شخص است: پیوند دهید</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>همان شخص نیست</translation>
    </message>
    <message>
        <source>The identity is withheld. Reveal it only when you need it; the viewing is recorded.</source>
        <translation>هویت پنهان است. فقط هنگام نیاز آن را نمایش دهید؛ این مشاهده ثبت می‌شود.</translation>
    </message>
    <message>
        <source>No identity is recorded for this case.</source>
        <translation>برای این قضیه هویتی ثبت نشده است.</translation>
    </message>
    <message>
        <source>No source is cited yet.</source>
        <translation>هنوز به هیچ منبعی استناد نشده است.</translation>
    </message>
    <message>
        <source>This case has not been shared.</source>
        <translation>این قضیه هنوز با کسی شریک نشده است.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>دفتر بازرسی</translation>
    </message>
</context>
<context>
    <name>CiteDialog</name>
    <message>
        <source>Cite a source</source>
        <translation>استناد به منبع</translation>
    </message>
    <message>
        <source>The case as a whole</source>
        <translation>کل قضیه</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>قضیه</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>مربوط به</translation>
    </message>
    <message>
        <source>Pinpoint</source>
        <translation>محل دقیق</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>نقل قول</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ترجمه</translation>
    </message>
    <message>
        <source>Say where in the source: a page, section or paragraph.</source>
        <translation>مشخص کنید در کجای منبع: صفحه، بخش یا بند.</translation>
    </message>
    <message>
        <source>The quote was found in the source&apos;s text.</source>
        <translation>نقل قول در متن منبع یافت شد.</translation>
    </message>
    <message>
        <source>The quote was NOT found in the source&apos;s text: check it against the original.</source>
        <translation>نقل قول در متن منبع یافت نشد: آن را با نسخه اصلی مقایسه کنید.</translation>
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
        <translation>تاریخ رضایت</translation>
    </message>
    <message>
        <source>Agreed to</source>
        <translation>موارد مورد رضایت</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>ثبت‌کننده</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Lock the store now? Whatever could not be saved stays in its window until you lock.</source>
        <translation>مخزن اکنون قفل شود؟ آنچه ذخیره نشد تا وقتی قفل کنید در پنجره خودش می‌ماند.</translation>
    </message>
</context>
<context>
    <name>CreateStoreDialog</name>
    <message>
        <source>Create a casefiles store</source>
        <translation>ایجاد مخزن casefiles</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Create the store</source>
        <translation>مخزن را ایجاد کنید</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>بازگردانی از نسخه پشتیبان…</translation>
    </message>
    <message>
        <source>The store keeps every case encrypted on this laptop. Choose a passphrase of four or five unrelated words: without it nobody can read the store, and nobody can reset it for you.</source>
        <translation>مخزن همه قضایا را به صورت رمزگذاری‌شده روی این لپ‌تاپ نگه می‌دارد. یک عبارت رمز از چهار یا پنج کلمه بی‌ربط انتخاب کنید: بدون آن هیچ کس نمی‌تواند مخزن را بخواند و هیچ کس نمی‌تواند آن را برای شما بازنشانی کند.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>فولدر</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت رمز</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>تکرار عبارت رمز</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>قوت</translation>
    </message>
    <message>
        <source>Where to keep the store</source>
        <translation>محل نگهداری مخزن</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دو عبارت رمز یکسان نیستند.</translation>
    </message>
    <message>
        <source>Creating the store… (tuning the key derivation to this laptop takes a second or two)</source>
        <translation>در حال ایجاد مخزن… (تنظیم اشتقاق کلید برای این لپ‌تاپ یکی دو ثانیه طول می‌کشد)</translation>
    </message>
    <message>
        <source>This is the store&apos;s recovery code. It opens the store if the passphrase is ever forgotten. It is shown only now: print it or write it down, and keep it apart from this laptop.</source>
        <translation>این کود بازیابی مخزن است. اگر روزی عبارت رمز فراموش شود، این کود مخزن را باز می‌کند. فقط همین حالا نشان داده می‌شود: آن را چاپ یا یادداشت کنید و جدا از این لپ‌تاپ نگه دارید.</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>چاپ ورقه بازیابی…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code and will keep it apart from this laptop</source>
        <translation>کود بازیابی را چاپ یا یادداشت کرده‌ام و آن را جدا از این لپ‌تاپ نگه می‌دارم</translation>
    </message>
    <message>
        <source>Start using casefiles</source>
        <translation>کار با casefiles را آغاز کنید</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 24 Asad 1400, 2021-08-15, Aug 2021, c. 2019</source>
        <translation>مثلاً 24 اسد 1400، 2021-08-15، اگست 2021، حدود 2019</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <source>Summary</source>
        <extracomment>Where Qt&apos;s user settings point while the print dialog runs: a folder no one can make.</extracomment>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>The person and their service</source>
        <translation>شخص و خدمت او</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>ارزیابی خطر</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>زمان‌بندی رویدادها</translation>
    </message>
    <message>
        <source>Relatives targeted</source>
        <translation>بستگان هدف قرار گرفته</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>هویت</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>مدارک</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>دوسیه</translation>
    </message>
    <message>
        <source>Solar Hijri, Gregorian beside</source>
        <translation>هجری شمسی، با میلادی در کنار آن</translation>
    </message>
    <message>
        <source>Gregorian, Solar Hijri beside</source>
        <translation>میلادی، با هجری شمسی در کنار آن</translation>
    </message>
    <message>
        <source>Append the exhibits (PDF pages, images, texts)</source>
        <translation>افزودن مدارک به پایان دوسیه (صفحات PDF، تصاویر، متن‌ها)</translation>
    </message>
    <message>
        <source>Your organisation, as the cover names it</source>
        <translation>سازمان شما، به گونه‌ای که روی جلد نوشته شود</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>ذخیره…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>تهیه کننده</translation>
    </message>
    <message>
        <source>This dossier includes the person&apos;s identity: the case records their consent to disclose it to these authorities. Hand it over only to them.</source>
        <translation>این دوسیه هویت شخص را در بر دارد: در قضیه رضایت او برای افشای هویتش به این مقامات ثبت شده است. آن را فقط به همین مقامات بسپارید.</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>در حال ساختن…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Save or print exactly this.</source>
        <translation>
            <numerusform>%n صفحه. دقیقاً همین را ذخیره یا چاپ کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>ذخیره دوسیه</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 نوشته نمی‌شود: %2</translation>
    </message>
    <message>
        <source>Saved to %1 and noted in the share log.</source>
        <translation>در %1 ذخیره و در سابقه شریک‌سازی ثبت شد.</translation>
    </message>
    <message>
        <source>Sent to the printer and noted in the share log.</source>
        <translation>به پرنتر فرستاده و در سابقه شریک‌سازی ثبت شد.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Discard the changes you made?</source>
        <translation>از تغییراتی که ایجاد کرده‌اید صرف‌نظر شود؟</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export cases to a partner</source>
        <translation>صدور قضایا برای سازمان همکار</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>%1 (cannot make a bundle)</source>
        <translation>%1 (بسته ساخته نمی‌شود)</translation>
    </message>
    <message>
        <source>To &amp;partners (their keys)</source>
        <translation>برای سازمان‌های همکار (کلیدهای آن‌ها)</translation>
    </message>
    <message>
        <source>To a pass&amp;phrase</source>
        <translation>با عبارت رمز</translation>
    </message>
    <message>
        <source>%1 (NOT verified)</source>
        <translation>%1 (تأییدنشده)</translation>
    </message>
    <message>
        <source>Fingerprint %1</source>
        <translation>اثر انگشت %1</translation>
    </message>
    <message>
        <source>Include the cited &amp;sources the profile lets out</source>
        <translation>شامل کردن منابع مورد استنادی که پروفایل اجازه می‌دهد</translation>
    </message>
    <message>
        <source>Your organisation&apos;s name (optional)</source>
        <translation>نام سازمان شما (اختیاری)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>ذخیره به نام…</translation>
    </message>
    <message numerus="yes">
        <source>Cases (%n)</source>
        <translation>
            <numerusform>قضایا (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>پروفایل</translation>
    </message>
    <message>
        <source>Encrypted for</source>
        <translation>رمزگذاری برای</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت رمز</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>تکرار عبارت رمز</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>فرستنده</translation>
    </message>
    <message>
        <source>Choose at least one case to export.</source>
        <translation>حداقل یک قضیه را برای صدور انتخاب کنید.</translation>
    </message>
    <message>
        <source>This profile withholds the cases&apos; UUIDs, which a partner&apos;s import needs: it cannot make a bundle. Choose another profile.</source>
        <translation>این پروفایل شناسه‌های UUID قضایا را پنهان می‌کند که سازمان همکار برای وارد کردن به آن‌ها نیاز دارد: با آن بسته ساخته نمی‌شود. پروفایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Tick at least one partner to encrypt to.</source>
        <translation>حداقل یک سازمان همکار را برای رمزگذاری علامت بزنید.</translation>
    </message>
    <message>
        <source>The address book is empty: add a partner (Store &gt; Organisation keys and partners) or export to a passphrase.</source>
        <translation>دفترچه نشانی خالی است: یک سازمان همکار اضافه کنید (مخزن &gt; کلیدهای سازمان و سازمان‌های همکار) یا با عبارت رمز صادر کنید.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>عبارت رمز باید حداقل %n نویسه داشته باشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دو عبارت رمز یکسان نیستند.</translation>
    </message>
    <message>
        <source>Partner not verified</source>
        <translation>سازمان همکار تأیید نشده است</translation>
    </message>
    <message>
        <source>At least one chosen partner is NOT verified: their key was not compared with them by phone or in person, so the bundle may be read by someone else. Export to them anyway?</source>
        <translation>حداقل یکی از سازمان‌های همکار انتخاب‌شده تأیید نشده است: کلید آن‌ها از طریق تلفن یا به صورت حضوری با خودشان مقایسه نشده است، بنابراین ممکن است کس دیگری بسته را بخواند. با این حال برای آن‌ها صادر شود؟</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>ذخیره بسته</translation>
    </message>
    <message>
        <source>Encrypting and writing the bundle…</source>
        <translation>در حال رمزگذاری و نوشتن بسته…</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 نوشته شد.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation>
            <numerusform>%n قضیه: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n منبع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n with the original)</source>
        <translation>
            <numerusform> (%n همراه با نسخه اصلی)</numerusform>
        </translation>
    </message>
    <message>
        <source>For: %1; profile: %2</source>
        <translation>برای: %1؛ پروفایل: %2</translation>
    </message>
    <message>
        <source>File SHA-256: %1</source>
        <translation>SHA-256 فایل: %1</translation>
    </message>
    <message>
        <source>Recorded in the share log of each case.</source>
        <translation>در سابقه شریک‌سازی هر قضیه ثبت شد.</translation>
    </message>
    <message numerus="yes">
        <source>%n cited source(s) kept back by the profile.</source>
        <translation>
            <numerusform>پروفایل %n منبع مورد استناد را شامل نکرد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search cases (any language)…</source>
        <translation>جستجوی قضایا (به هر زبانی)…</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>همه ولایات</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>همه نهادها</translation>
    </message>
    <message>
        <source>All situations</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>همه مراحل</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسپ</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>کارمند پرونده</translation>
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
        <translation>هویت به درخواست شما نشان داده می‌شود؛ این مشاهده و هر تغییری در دفتر بازرسی ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>نام پدر</translation>
    </message>
    <message>
        <source>Grandfather&apos;s name</source>
        <translation>نام پدرکلان</translation>
    </message>
    <message>
        <source>Tazkira number</source>
        <translation>شماره تذکره</translation>
    </message>
    <message>
        <source>Other ID numbers (one a line)</source>
        <translation>شماره‌های دیگر هویت (هر کدام در یک سطر)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Phone numbers (one a line)</source>
        <translation>شماره‌های تلفن (هر کدام در یک سطر)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>عکس‌ها</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), kept as they are</source>
        <translation>
            <numerusform>%n عکس، بدون تغییر نگهداری می‌شوند</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(not there)</source>
        <translation>(موجود نیست)</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>وارد کردن بسته</translation>
    </message>
    <message>
        <source>The signer is unknown: import &amp;anyway</source>
        <translation>امضاکننده ناشناخته است: با این حال وارد شود</translation>
    </message>
    <message>
        <source>&amp;Open with the passphrase</source>
        <translation>باز کردن با عبارت رمز</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت رمز</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>قضیه</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Likely duplicates: new cases that may be people already documented here. Each comes in as a case of its own; linking records that they are the same person.</source>
        <translation>قضایای احتمالاً تکراری: قضایای جدیدی که ممکن است مربوط به اشخاصی باشند که از قبل در اینجا مستند شده اند. هر کدام به عنوان یک قضیه جداگانه وارد می‌شود؛ پیوند دادن ثبت می‌کند که آن‌ها همان شخص اند.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>قضیه جدید</translation>
    </message>
    <message>
        <source>Case here</source>
        <translation>قضیه در اینجا</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>نسخه ما</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسخه آن‌ها</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>نگهداری</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>امضاکننده</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>قضایا</translation>
    </message>
    <message>
        <source>Conflicts: both sides changed these fields; choose which value to keep</source>
        <translation>تعارض‌ها: هر دو طرف این فیلدها را تغییر داده اند؛ انتخاب کنید کدام مقدار نگه داشته شود</translation>
    </message>
    <message>
        <source>Decrypting and checking the bundle…</source>
        <translation>در حال رمزگشایی و بررسی بسته…</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>تا زمانی که «وارد کردن» را نزنید، چیزی نوشته نمی‌شود.</translation>
    </message>
    <message>
        <source>UNKNOWN key: not in the address book (the bundle says it is from “%1”)</source>
        <translation>کلید ناشناخته: در دفترچه نشانی نیست (بسته خود را از «%1» معرفی می‌کند)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>takes theirs: %1</source>
        <translation>نسخه آن‌ها گرفته می‌شود: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>likely duplicate of %1</source>
        <translation>احتمالاً تکرار %1</translation>
    </message>
    <message>
        <source>(identity field)</source>
        <translation>(فیلد هویت)</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>نمایش…</translation>
    </message>
    <message>
        <source>Show both values (the viewing is recorded in the audit log)</source>
        <translation>نمایش هر دو مقدار (این مشاهده در دفتر بازرسی ثبت می‌شود)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) in the bundle</source>
        <translation>
            <numerusform>%n منبع در بسته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new here</source>
        <translation>
            <numerusform>، %n مورد جدید</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>بعداً تصمیم گرفته شود</translation>
    </message>
    <message>
        <source>The same person: link</source>
        <translation>همان شخص است: پیوند دهید</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>همان شخص نیست</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <source>Nothing to import: the store already holds everything in this bundle.</source>
        <translation>چیزی برای وارد کردن نیست: همه محتوای این بسته از قبل در مخزن موجود است.</translation>
    </message>
    <message>
        <source>Imported: %1 new case(s), %2 updated, %3 unchanged; %4 new source(s), %5 new citation(s).</source>
        <translation>وارد شد: %1 قضیه جدید، %2 به‌روزشده، %3 بدون تغییر؛ %4 منبع جدید، %5 استناد جدید.</translation>
    </message>
    <message>
        <source>Kept %1 for %2.</source>
        <translation>%1 برای %2 نگه داشته شد.</translation>
    </message>
    <message>
        <source>Linked %1 with %2: %3.</source>
        <translation>%1 با %2 پیوند داده شد: %3.</translation>
    </message>
    <message>
        <source>%1 may be the same person as %2: decide in the case&apos;s Related cases.</source>
        <translation>%1 ممکن است همان شخص %2 باشد: در بخش «قضایای مرتبط» قضیه تصمیم بگیرید.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>رویداد جدید</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>ویرایش رویداد</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>آنچه رخ داد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>ولایت</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ولسوالی</translation>
    </message>
    <message>
        <source>Or abroad: country</source>
        <translation>یا در خارج: کشور</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>توسط چه کسی</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Situation after</source>
        <translation>وضعیت پس از آن</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Remove this incident from the case?</source>
        <translation>این رویداد از قضیه حذف شود؟</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Add a posting to %1</source>
        <translation>افزودن دوره خدمت به %1</translation>
    </message>
    <message>
        <source>Edit a posting of %1</source>
        <translation>ویرایش دوره خدمت %1</translation>
    </message>
    <message>
        <source>Remove a posting of %1</source>
        <translation>حذف دوره خدمت %1</translation>
    </message>
    <message>
        <source>Add incident to %1</source>
        <translation>افزودن رویداد به %1</translation>
    </message>
    <message>
        <source>Edit an incident of %1</source>
        <translation>ویرایش رویداد %1</translation>
    </message>
    <message>
        <source>Remove an incident of %1</source>
        <translation>حذف رویداد %1</translation>
    </message>
    <message>
        <source>Add a relative to %1</source>
        <translation>افزودن خویشاوند به %1</translation>
    </message>
    <message>
        <source>Edit a relative of %1</source>
        <translation>ویرایش خویشاوند %1</translation>
    </message>
    <message>
        <source>Remove a relative of %1</source>
        <translation>حذف خویشاوند %1</translation>
    </message>
    <message>
        <source>Add a risk factor to %1</source>
        <translation>افزودن عامل خطر به %1</translation>
    </message>
    <message>
        <source>Edit a risk factor of %1</source>
        <translation>ویرایش عامل خطر %1</translation>
    </message>
    <message>
        <source>Remove a risk factor of %1</source>
        <translation>حذف عامل خطر %1</translation>
    </message>
    <message>
        <source>Edit the risk assessment of %1</source>
        <translation>ویرایش ارزیابی خطر %1</translation>
    </message>
    <message>
        <source>Edit the consent of %1</source>
        <translation>ویرایش رضایت %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n منبع</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>قضایا</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>قفل کردن</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L): close the store until the passphrase is entered again</source>
        <translation>قفل فوری (Ctrl+L): بستن مخزن تا زمانی که عبارت رمز دوباره وارد شود</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <source>Organisation &amp;keys and partners…</source>
        <translation>کلیدهای سازمان و سازمان‌های همکار…</translation>
    </message>
    <message>
        <source>Our card to send to partners, and theirs</source>
        <translation>کارت ما برای فرستادن به سازمان‌های همکار، و کارت‌های آن‌ها</translation>
    </message>
    <message>
        <source>E&amp;xport cases to a partner…</source>
        <translation>صدور قضایا برای سازمان همکار…</translation>
    </message>
    <message>
        <source>An encrypted bundle of the case shown, for partners or a passphrase</source>
        <translation>یک بسته رمزگذاری‌شده از قضیه نمایش‌داده‌شده، برای سازمان‌های همکار یا با عبارت رمز</translation>
    </message>
    <message>
        <source>Export &amp;all listed cases…</source>
        <translation>صدور همه قضایای فهرست‌شده…</translation>
    </message>
    <message>
        <source>An encrypted bundle of every case the list shows (with its filters)</source>
        <translation>یک بسته رمزگذاری‌شده از همه قضایایی که فهرست (با فیلترهای آن) نشان می‌دهد</translation>
    </message>
    <message>
        <source>Import a &amp;bundle…</source>
        <translation>وارد کردن بسته…</translation>
    </message>
    <message>
        <source>Preview and import a partner&apos;s bundle</source>
        <translation>پیش‌نمایش و وارد کردن بسته یک سازمان همکار</translation>
    </message>
    <message>
        <source>Import a &amp;spreadsheet…</source>
        <translation>وارد کردن جدول…</translation>
    </message>
    <message>
        <source>Cases from a CSV file or an Excel workbook: map the columns, preview, import</source>
        <translation>قضایا از فایل CSV یا فایل Excel: تطبیق ستون‌ها، پیش‌نمایش، وارد کردن</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>پاک‌سازی اضطراری…</translation>
    </message>
    <message>
        <source>Destroy this store for good, without the passphrase (asks you to type WIPE first)</source>
        <translation>نابود کردن این مخزن برای همیشه، بدون عبارت رمز (نخست از شما می‌خواهد WIPE را تایپ کنید)</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>One encrypted, verified file of the whole store, to keep on another disk</source>
        <translation>یک فایل رمزگذاری‌شده و بررسی‌شده از کل مخزن، برای نگهداری روی دیسک دیگر</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>بازگردانی از نسخه پشتیبان…</translation>
    </message>
    <message>
        <source>Turn a backup file into a store in a new folder</source>
        <translation>تبدیل فایل پشتیبان به مخزن در یک فولدر جدید</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>قضیه جدید…</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>ثبت یک قضیه جدید</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>ویرایش قضیه…</translation>
    </message>
    <message>
        <source>Edit the case&apos;s main facts and summary</source>
        <translation>ویرایش واقعیت‌های اصلی و خلاصه قضیه</translation>
    </message>
    <message>
        <source>Add &amp;incident…</source>
        <translation>افزودن رویداد…</translation>
    </message>
    <message>
        <source>Record something done to the person</source>
        <translation>ثبت آنچه بر سر شخص آمده است</translation>
    </message>
    <message>
        <source>&amp;Import sources…</source>
        <translation>وارد کردن منابع…</translation>
    </message>
    <message>
        <source>Take reports, letters, photos into the store</source>
        <translation>وارد کردن گزارش‌ها، مکتوب‌ها و عکس‌ها به مخزن</translation>
    </message>
    <message>
        <source>Edit source &amp;details…</source>
        <translation>ویرایش مشخصات منبع…</translation>
    </message>
    <message>
        <source>Title, publisher, date and the rest of the selected source</source>
        <translation>عنوان، ناشر، تاریخ و سایر مشخصات منبع انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Copy case code</source>
        <translation>کاپی کود قضیه</translation>
    </message>
    <message>
        <source>Copy the case&apos;s code, to refer to it elsewhere (concealed from clipboard histories)</source>
        <translation>کاپی کود قضیه برای ارجاع به آن در جای دیگر (از سابقه کلیپ‌بورد پنهان می‌ماند)</translation>
    </message>
    <message>
        <source>&amp;Dossier…</source>
        <translation>دوسیه…</translation>
    </message>
    <message>
        <source>A PDF dossier of this case for an asylum authority, a partner or advocacy</source>
        <translation>دوسیه PDF این قضیه برای مقام پناهندگی، سازمان همکار یا دادخواهی</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>جستجو…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>برگرداندن</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>مخزن</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>قضیه</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Dates in the &amp;Gregorian calendar</source>
        <translation>تاریخ‌ها به تقویم میلادی</translation>
    </message>
    <message>
        <source>Dates in the &amp;Solar Hijri calendar</source>
        <translation>تاریخ‌ها به تقویم هجری شمسی</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>اصلی</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n قضیه</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>قضیه %1 ثبت شد.</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>ویرایش قضیه %1</translation>
    </message>
    <message>
        <source>Link with another case</source>
        <translation>پیوند با قضیه دیگر</translation>
    </message>
    <message>
        <source>The code of the case that is the same person as %1:</source>
        <translation>کود قضیه‌ای که مربوط به همان شخص %1 است:</translation>
    </message>
    <message>
        <source>Cannot link the cases</source>
        <translation>قضایا پیوند داده نمی‌شوند</translation>
    </message>
    <message>
        <source>%1 and %2: %3.</source>
        <translation>%1 و %2: %3.</translation>
    </message>
    <message>
        <source>The decision about %1 and %2 is forgotten.</source>
        <translation>تصمیم درباره %1 و %2 لغو شد.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>No case is listed to export.</source>
        <translation>هیچ قضیه‌ای برای صدور در فهرست نیست.</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>وارد کردن بسته</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>%n قضیه وارد شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>وارد کردن جدول</translation>
    </message>
    <message>
        <source>Copied %1; the clipboard is cleared after %2 seconds.</source>
        <translation>%1 کاپی شد؛ کلیپ‌بورد پس از %2 ثانیه پاک می‌شود.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>برگرداندن ممکن نیست</translation>
    </message>
    <message>
        <source>Restart casefiles?</source>
        <translation>casefiles دوباره راه‌اندازی شود؟</translation>
    </message>
    <message>
        <source>casefiles will be in %1 from its next start. Restart now? The store is closed and its passphrase asked again.</source>
        <translation>casefiles از راه‌اندازی بعدی به زبان %1 خواهد بود. اکنون دوباره راه‌اندازی شود؟ مخزن بسته می‌شود و عبارت رمز آن دوباره پرسیده می‌شود.</translation>
    </message>
    <message>
        <source>Choose the case to cite it for first.</source>
        <translation>نخست قضیه‌ای را که می‌خواهید برای آن استناد کنید انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Organisation keys and partners</source>
        <translation>کلیدهای سازمان و سازمان‌های همکار</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>سازمان همکار</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>اثر انگشت</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Our organisation&apos;s card</source>
        <translation>کارت سازمان ما</translation>
    </message>
    <message>
        <source>The name partners will see (optional)</source>
        <translation>نامی که سازمان‌های همکار می‌بینند (اختیاری)</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>نام را ذخیره کنید</translation>
    </message>
    <message>
        <source>Copy the card</source>
        <translation>کارت را کاپی کنید</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Card (send it to partners)</source>
        <translation>کارت (آن را برای سازمان‌های همکار بفرستید)</translation>
    </message>
    <message>
        <source>Fingerprint (read it out over the phone)</source>
        <translation>اثر انگشت (آن را از طریق تلفن بخوانید)</translation>
    </message>
    <message>
        <source>Saved: the card now names %1.</source>
        <translation>ذخیره شد: کارت اکنون نام %1 را دارد.</translation>
    </message>
    <message>
        <source>Saved: the card names no organisation.</source>
        <translation>ذخیره شد: کارت نام هیچ سازمانی را ندارد.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>سازمان‌های همکار</translation>
    </message>
    <message>
        <source>Add a partner…</source>
        <translation>افزودن سازمان همکار…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>تأیید…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>yes, %1</source>
        <translation>بلی، %1</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>تأییدنشده</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 اضافه شد.</translation>
    </message>
    <message>
        <source>Choose a partner first.</source>
        <translation>نخست یک سازمان همکار انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 تأیید شد.</translation>
    </message>
    <message>
        <source>Remove %1 from the partners? Bundles can no longer be sent to them or checked as theirs.</source>
        <translation>%1 از سازمان‌های همکار حذف شود؟ دیگر نمی‌توان برای آن‌ها بسته فرستاد یا بسته‌ای را به عنوان بسته آن‌ها بررسی کرد.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>The store locks itself after this long without a key press or a mouse movement.</source>
        <translation>اگر در این مدت هیچ کلیدی فشار داده نشود یا ماوس حرکت نکند، مخزن خودبه‌خود قفل می‌شود.</translation>
    </message>
    <message>
        <source>Solar Hijri (the other shown beside)</source>
        <translation>هجری شمسی (تقویم دیگر در کنار آن)</translation>
    </message>
    <message>
        <source>Gregorian (the other shown beside)</source>
        <translation>میلادی (تقویم دیگر در کنار آن)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>قفل شدن پس از بی‌کاری به مدت</translation>
    </message>
    <message>
        <source>Show dates in</source>
        <translation>نمایش تاریخ‌ها به</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>جستجو در:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>نام فایل:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>نوع فایل‌ها:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>انتخاب</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولدر:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>عقب</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>جلو</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>فولدر بالاتر</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ایجاد فولدر جدید</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>نمایش فهرستی</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>نمایش با جزئیات</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>فولدر جدید</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>همه فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تاریخ تغییر</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>برگرداندن</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>انجام دوباره</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>بریدن</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپی</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>انتخاب همه</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>صرف‌نظر</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>بازنشانی</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نخیر</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>کوشش دوباره</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>بازگردانی پیش‌فرض‌ها</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>عبارت رمز را فراموش کرده‌اید؟</translation>
    </message>
    <message>
        <source>Type the recovery code from the store&apos;s recovery sheet, then choose a new passphrase.</source>
        <translation>کود بازیابی را از ورقه بازیابی مخزن تایپ کنید، سپس یک عبارت رمز جدید انتخاب کنید.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>کود بازیابی</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارت رمز جدید</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>تکرار عبارت رمز</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دو عبارت رمز یکسان نیستند.</translation>
    </message>
    <message>
        <source>This passphrase is %1. </source>
        <translation>این عبارت رمز %1 است. </translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>در حال باز کردن…</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <source>New relative</source>
        <translation>خویشاوند جدید</translation>
    </message>
    <message>
        <source>Edit relative</source>
        <translation>ویرایش خویشاوند</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>نام مستعار</translation>
    </message>
    <message>
        <source>What was done to them</source>
        <translation>آنچه بر سر او آمد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>آنچه رخ داد</translation>
    </message>
    <message>
        <source>Remove this relative from the case?</source>
        <translation>این خویشاوند از قضیه حذف شود؟</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>بازگردانی از نسخه پشتیبان</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>The backup file…</source>
        <translation>فایل پشتیبان…</translation>
    </message>
    <message>
        <source>A new, empty folder for the restored store</source>
        <translation>یک فولدر جدید و خالی برای مخزن بازگردانی‌شده</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>عبارت رمز</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>کود بازیابی</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>بازگردانی در</translation>
    </message>
    <message>
        <source>Unlock with</source>
        <translation>باز کردن قفل با</translation>
    </message>
    <message>
        <source>The restored store opens with the passphrase (and the recovery code) the store had when the backup was made. What was entered after that is not in it.</source>
        <translation>مخزن بازگردانی‌شده با عبارت رمز (و کود بازیابی) که مخزن هنگام گرفتن نسخه پشتیبان داشت باز می‌شود. آنچه پس از آن وارد شده است در آن نیست.</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>فایل پشتیبان را انتخاب کنید</translation>
    </message>
    <message>
        <source>A backup made on %1 (UTC), %2.</source>
        <translation>نسخه پشتیبانی که در %1 (UTC) گرفته شده است، %2.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into</source>
        <translation>فولدری را که باید در آن بازگردانی شود انتخاب کنید</translation>
    </message>
    <message>
        <source>Restored to %1; verify found the problems below (the store had them when it was backed up).</source>
        <translation>در %1 بازگردانی شد؛ بررسی صحت مشکلات زیر را یافت (این مشکلات هنگام پشتیبان‌گیری در مخزن وجود داشتند).</translation>
    </message>
    <message>
        <source>Restored to %1; it verifies.</source>
        <translation>در %1 بازگردانی شد؛ بررسی صحت آن موفق بود.</translation>
    </message>
    <message>
        <source>Open it from the unlock window with the passphrase the store had when the backup was made.</source>
        <translation>آن را از پنجره باز کردن قفل، با عبارت رمزی که مخزن هنگام گرفتن نسخه پشتیبان داشت باز کنید.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>هشدار: %1</translation>
    </message>
</context>
<context>
    <name>RiskAssessmentDialog</name>
    <message>
        <source>Risk assessment</source>
        <translation>ارزیابی خطر</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>هنوز هیچ عاملی ثبت نشده است</translation>
    </message>
    <message>
        <source>Guidance cited</source>
        <translation>رهنمود مورد استناد</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>تاریخ ارزیابی</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>ارزیابی‌کننده</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>نتیجه</translation>
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
        <translation>عامل خطر جدید</translation>
    </message>
    <message>
        <source>Edit risk factor</source>
        <translation>ویرایش عامل خطر</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>عامل</translation>
    </message>
    <message>
        <source>Present in this case</source>
        <translation>در این قضیه وجود دارد</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>ارزیابی</translation>
    </message>
    <message>
        <source>Remove this risk factor from the assessment?</source>
        <translation>این عامل خطر از ارزیابی حذف شود؟</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>New service record</source>
        <translation>دوره خدمت جدید</translation>
    </message>
    <message>
        <source>Edit service record</source>
        <translation>ویرایش دوره خدمت</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>نهاد</translation>
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
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Province served</source>
        <translation>ولایت خدمت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Worked with international forces</source>
        <translation>با نیروهای بین‌المللی همکاری داشت</translation>
    </message>
    <message>
        <source>With whom (e.g. ISAF, a PRT)</source>
        <translation>با چه کسانی (مثلاً آیساف ISAF، یک تیم بازسازی ولایتی PRT)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Remove this service record from the case?</source>
        <translation>این دوره خدمت از قضیه حذف شود؟</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>وارد کردن جدول</translation>
    </message>
    <message>
        <source>%1: %2 read as %3.</source>
        <translation>%1: %2 به صورت %3 خوانده شد.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>فیلد مقصد</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(وارد نشود)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>The mapping changed: preview again.</source>
        <translation>تطبیق ستون‌ها تغییر کرد: دوباره پیش‌نمایش کنید.</translation>
    </message>
    <message>
        <source>Reading the rows…</source>
        <translation>در حال خواندن سطرها…</translation>
    </message>
    <message>
        <source>Identity columns (kept withheld, never searchable): %1</source>
        <translation>ستون‌های هویت (پنهان نگه داشته می‌شوند و هرگز قابل جستجو نیستند): %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… و %n مورد دیگر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n case(s)</source>
        <translation>
            <numerusform>وارد کردن %n قضیه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>%n قضیه وارد شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>ناشر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاریخ نشر</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Matching passages</source>
        <translation>بخش‌های منطبق</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>خوانا</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>بدون متن</translation>
    </message>
    <message>
        <source>not read (original kept)</source>
        <translation>خوانده نشد (نسخه اصلی نگهداری شد)</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (و %n مورد دیگر)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) match</source>
        <translation>
            <numerusform>%n بخش منطبق است</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceMetadataDialog</name>
    <message>
        <source>Source details</source>
        <translation>مشخصات منبع</translation>
    </message>
    <message>
        <source>e.g. en (English), fa (Dari), ps (Pashto)</source>
        <translation>مثلاً en (انگلیسی)، fa (دری)، ps (پشتو)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>ناشر</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاریخ نشر</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>نشانی (URL)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <source>Captured on</source>
        <translation>تاریخ دریافت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Use everything the document proposes</source>
        <translation>همه پیشنهادهای سند را به کار ببرید</translation>
    </message>
    <message>
        <source>The document says: %1</source>
        <translation>سند می‌گوید: %1</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>استفاده</translation>
    </message>
    <message>
        <source>Put what the document proposes into this field</source>
        <translation>درج پیشنهاد سند در این فیلد</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <source>Cite the selected passage…</source>
        <translation>استناد به بخش انتخاب‌شده…</translation>
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
        <translation>تصویر</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>موارد ذکرشده</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>مورد ذکرشده</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>What the source mentions (double-click a sentence to see it in the text)</source>
        <translation>آنچه منبع ذکر می‌کند (برای دیدن یک جمله در متن، روی آن دوبار کلیک کنید)</translation>
    </message>
    <message>
        <source>Cases it may support (double-click to open one)</source>
        <translation>قضایایی که این منبع ممکن است پشتوانه آن‌ها باشد (برای باز کردن، دوبار کلیک کنید)</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>ولایات</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>نهادها</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <source>Incident types</source>
        <translation>انواع رویداد</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>کشورها</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n جمله</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for cases this source may support…</source>
        <translation>در حال جستجوی قضایایی که این منبع ممکن است پشتوانه آن‌ها باشد…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match what the source mentions.</source>
        <translation>
            <numerusform>%n قضیه با آنچه منبع ذکر می‌کند منطبق است.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches what the source mentions.</source>
        <translation>هیچ قضیه‌ای با آنچه منبع ذکر می‌کند منطبق نیست.</translation>
    </message>
    <message>
        <source>This source has no text to show.</source>
        <translation>این منبع متنی برای نمایش ندارد.</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Import files…</source>
        <translation>وارد کردن فایل‌ها…</translation>
    </message>
    <message>
        <source>Edit source details…</source>
        <translation>ویرایش مشخصات منبع…</translation>
    </message>
    <message>
        <source>The details of the source were saved.</source>
        <translation>مشخصات منبع ذخیره شد.</translation>
    </message>
    <message>
        <source>Import sources</source>
        <translation>وارد کردن منابع</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>در حال وارد کردن %1 از %2: %3</translation>
    </message>
    <message>
        <source>Import stopped: %1</source>
        <translation>وارد کردن متوقف شد: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s).</source>
        <translation>
            <numerusform>… و %n سطر دیگر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock casefiles</source>
        <translation>باز کردن قفل casefiles</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Create a new store…</source>
        <translation>ایجاد مخزن جدید…</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>عبارت رمز را فراموش کرده‌اید؟</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>بازگردانی از نسخه پشتیبان…</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>مخزن:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارت رمز:</translation>
    </message>
    <message>
        <source>Choose the store&apos;s folder</source>
        <translation>فولدر مخزن را انتخاب کنید</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>در حال باز کردن قفل…</translation>
    </message>
</context>
<context>
    <name>VerifyPartnerDialog</name>
    <message>
        <source>Verify %1</source>
        <translation>تأیید %1</translation>
    </message>
    <message>
        <source>Call %1 on a number you already know, and ask them to read out their fingerprint (casefiles shows it with their keys).</source>
        <translation>با %1 از طریق شماره‌ای که از قبل می‌شناسید تماس بگیرید و از آن‌ها بخواهید اثر انگشت خود را بخوانند (casefiles آن را همراه با کلیدهایشان نشان می‌دهد).</translation>
    </message>
    <message>
        <source>The digits they read</source>
        <translation>ارقامی که آن‌ها خواندند</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <translation>پاک‌سازی اضطراری</translation>
    </message>
    <message>
        <source>This destroys the store for good.</source>
        <translation>این کار مخزن را برای همیشه نابود می‌کند.</translation>
    </message>
    <message>
        <source>Every case, identity, source and key in %1 is destroyed. There is no undo, and the recovery code will not bring it back.</source>
        <translation>همه قضایا، هویت‌ها، منابع و کلیدهای موجود در %1 نابود می‌شوند. راه برگشتی وجود ندارد و کود بازیابی نیز آن‌ها را باز نمی‌گرداند.</translation>
    </message>
    <message>
        <source>What a wipe cannot reach:</source>
        <translation>آنچه پاک‌سازی به آن دسترسی ندارد:</translation>
    </message>
    <message>
        <source>Type %1 or the store&apos;s folder name (%2) to confirm:</source>
        <translation>برای تأیید، %1 یا نام فولدر مخزن (%2) را تایپ کنید:</translation>
    </message>
    <message>
        <source>Wipe now</source>
        <translation>اکنون پاک کنید</translation>
    </message>
    <message>
        <source>The store is destroyed.</source>
        <translation>مخزن نابود شد.</translation>
    </message>
    <message>
        <source>The store could NOT be fully destroyed.</source>
        <translation>مخزن به طور کامل نابود نشد.</translation>
    </message>
    <message>
        <source>casefiles closes when you close this.</source>
        <translation>با بستن این پنجره، casefiles بسته می‌شود.</translation>
    </message>
</context>
<context>
    <name>_Running</name>
    <message>
        <source>Starting…</source>
        <translation>در حال آغاز…</translation>
    </message>
    <message>
        <source>Still working; this dialog closes once it is done.</source>
        <translation>هنوز در حال کار است؛ این پنجره پس از پایان کار بسته می‌شود.</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <source>%1… %2 %</source>
        <translation>%1… %2٪</translation>
    </message>
</context>
<context>
    <name>error_dialog</name>
    <message>
        <source>Something went wrong inside casefiles ({error}). What was already saved is safe; what you were doing may not have been completed, so check it. If it happens again, tell your technical contact what you were doing when it happened.</source>
        <translation>در داخل casefiles مشکلی پیش آمد ({error}). آنچه قبلاً ذخیره شده است امن است؛ کاری که انجام می‌دادید شاید کامل نشده باشد، پس آن را بررسی کنید. اگر دوباره پیش آمد، به مسئول تخنیکی خود بگویید هنگام وقوع آن چه کاری انجام می‌دادید.</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>This could not be done ({error}); nothing was changed.</source>
        <translation>این کار انجام نشد ({error})؛ چیزی تغییر نکرد.</translation>
    </message>
</context>
</TS>

# نصوص واجهة السمة الافتراضية بالعربية.
skip-to-content = انتقل إلى المحتوى
languages-label = اللغات
not-translated = غير مترجمة
hotlines-label = اتصل لطلب المساعدة
breadcrumbs-label = أنت هنا
fallback-notice = لم تُترجم هذه الصفحة إلى { $language } بعد. تُعرض بلغتها الأصلية ({ $source }).
reviewed-on = رُوجعت في { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }
date = { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }
toc-title = في هذه الصفحة
section-pages = { $count ->
    [zero] لا صفحات في هذا القسم
    [one] صفحة واحدة في هذا القسم
    [two] صفحتان في هذا القسم
    [few] { $count } صفحات في هذا القسم
   *[other] { $count } صفحة في هذا القسم
}
prev-next-label = الصفحة السابقة والتالية
previous = السابق
next = التالي
in-this-section = في هذا القسم
topics = المواضيع
home = الصفحة الرئيسية
choose-language = اختر لغتك:
not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة. اذهب إلى صفحة البداية:
find-help = ابحث عن مساعدة بالقرب منك
directory-title = أين تجد المساعدة
directory-intro = مكاتب تساعد العمال، حسب المكان ونوع الخدمة. اضغط على الرقم للاتصال.
directory-by-region = حسب المكان
directory-by-kind = حسب نوع المكتب
directory-subregions = أماكن في هذه المنطقة
directory-empty = لا توجد مكاتب مدرجة هنا بعد.
directory-export = نزّل الدليل كاملاً كبيانات مفتوحة (JSON)
office-count = { $count ->
    [zero] لا مكاتب
    [one] مكتب واحد
    [two] مكتبان
    [few] { $count } مكاتب
   *[other] { $count } مكتبًا
}
office-example = مثال: هذه بيانات تجريبية وليست مكتبًا حقيقيًا.
office-stale = لم يتم التحقق من هذه المعلومات منذ مدة طويلة وقد تكون قديمة. اتصل قبل أن تذهب.
office-kind = النوع
office-address = العنوان
office-map = الخريطة
office-hours = ساعات العمل
office-services = يساعد في
office-languages = اللغات المستخدمة
office-website = الموقع الإلكتروني
office-last-verified = آخر تحقق
region-separator = {" ‹ "}
list-separator = {"، "}
list-and = { $first } و{ $last }
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
hours-day-range = من { $from } إلى { $to }
hours-public-holidays = العطل الرسمية
hours-open = { $days }، { $times }
hours-closed = مغلق في { $days }
hours-every-day = كل يوم
hours-all-day = 24 ساعة
hours-rule-separator = {"؛ "}
language-zh-Hans = الصينية (الماندرين)
language-zh = الصينية
language-yue = الكانتونية
language-en = الإنجليزية
language-ar = العربية
language-ug = الأويغورية
language-bo = التبتية
search-title = بحث
search-label = ابحث في الدليل
search-placeholder = مثال: الأجور غير المدفوعة
search-button = بحث
search-none = لم يتم العثور على شيء. جرّب كلمات أخرى، أو تصفّح كل الصفحات أدناه.
search-found = النتائج:
search-loading = جارٍ البحث…
search-more = مزيد من النتائج
search-error = تعذّر تحميل البحث. تصفّح كل الصفحات أدناه.
search-all-pages = كل الصفحات
stale-notice = حُدِّث النص الأصلي ({ $source }) بعد إعداد هذه الترجمة، لذا قد يكون بعضها قديمًا.
stale-read-original = اقرأ النص الأصلي
offline-title = أنت غير متصل بالإنترنت
offline-text = لم تُحفظ هذه الصفحة على هذا الهاتف. الصفحات التي قرأتها من قبل ما زالت تفتح. في حالة الطوارئ، اتصل بالأرقام أدناه.
offline-save = احفظ هذا الدليل للقراءة دون اتصال (حتى { $size })
offline-saving = جارٍ الحفظ…
offline-saved = تم الحفظ: يفتح الدليل الآن دون اتصال.
offline-failed = لم ينجح الحفظ. حاول مرة أخرى باتصال أفضل.
single-intro = الدليل كاملاً في ملف واحد: احفظه على هاتفك، شاركه في محادثة، وافتحه دون اتصال.
single-contents = المحتويات
single-back = العودة إلى المحتويات
downloads-title = احفظ الدليل على هاتفك
download-single = الدليل كاملاً في ملف واحد ({ $size })
download-zip = الموقع كاملاً في ملف مضغوط، لحاسوب أو ذاكرة USB ({ $size })

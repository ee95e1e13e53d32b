# نصوص واجهة السمة الافتراضية بالعربية.
skip-to-content = انتقل إلى المحتوى
languages-label = اللغات
not-translated = غير مترجمة
hotlines-label = اتصل لطلب المساعدة
breadcrumbs-label = أنت هنا
fallback-notice = لم تُترجم هذه الصفحة إلى العربية بعد. تُعرض بلغتها الأصلية ({ $source }).
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

# UI strings of the default theme, in English.
skip-to-content = Skip to content
languages-label = Languages
not-translated = not translated
hotlines-label = Call for help
breadcrumbs-label = You are here
fallback-notice = This page has not been translated into English yet. It is shown in the original language ({ $source }).
reviewed-on = Checked on { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
toc-title = On this page
section-pages = { $count ->
    [one] One page in this section
   *[other] { $count } pages in this section
}
prev-next-label = Previous and next page
previous = Previous
next = Next
in-this-section = In this section
topics = Topics
home = Home
choose-language = Choose your language:
not-found-title = Page not found
not-found-text = This page does not exist. Go to the start page:

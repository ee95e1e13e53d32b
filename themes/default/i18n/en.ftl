# UI strings of the default theme, in English.
skip-to-content = Skip to content
languages-label = Languages
not-translated = not translated
hotlines-label = Call for help
breadcrumbs-label = You are here
fallback-notice = This page has not been translated into { $language } yet. It is shown in the original language ({ $source }).
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
date = { $day } { $month ->
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
find-help = Find help near you
directory-title = Where to get help
directory-intro = Offices that help workers, by place and by what they do. Tap a number to call.
directory-by-region = By place
directory-by-kind = By type of office
directory-subregions = Places in this area
directory-empty = No offices are listed here yet.
directory-export = Download the whole directory as open data (JSON)
office-count = { $count ->
    [one] 1 office
   *[other] { $count } offices
}
office-example = Example entry: this is sample data, not a real office.
office-stale = These details have not been checked for a long time and may be out of date. Call before you go.
office-kind = Type
office-address = Address
office-map = Map
office-hours = Opening hours
office-services = Helps with
office-languages = Languages spoken
office-website = Website
office-last-verified = Last checked
region-separator = {" › "}
list-separator = {", "}
list-and = { $first } and { $last }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
hours-day-range = { $from } to { $to }
hours-public-holidays = public holidays
hours-open = { $days }, { $times }
hours-closed = closed on { $days }
hours-every-day = every day
hours-all-day = 24 hours
hours-rule-separator = {"; "}
language-zh-Hans = Chinese (Mandarin)
language-zh = Chinese
language-yue = Cantonese
language-en = English
language-ar = Arabic
language-ug = Uyghur
language-bo = Tibetan
search-title = Search
search-label = Search the handbook
search-placeholder = e.g. unpaid wages
search-button = Search
search-none = Nothing found. Try other words, or browse all pages below.
search-found = Results:
search-loading = Searching…
search-more = More results
search-error = Search could not load. Browse all pages below.
search-all-pages = All pages
stale-notice = The original ({ $source }) was updated after this translation was made, so parts of it may be out of date.
stale-read-original = Read the original
offline-title = You are offline
offline-text = This page has not been saved on this phone. Pages you have read before still open. In an emergency, call the numbers below.
offline-save = Save this handbook for offline reading (up to { $size })
offline-saving = Saving…
offline-saved = Saved: the handbook now opens without a connection.
offline-failed = Saving did not work. Try again with a better connection.
single-intro = The whole handbook in one file: keep it on your phone, share it in a chat, open it without a connection.
single-contents = Contents
single-back = Back to the contents
downloads-title = Keep the handbook on your phone
download-single = The whole handbook as one file ({ $size })
download-zip = The whole website as a zip, for a computer or USB stick ({ $size })

# The sample handbook's own UI strings. The default theme brings the rest; a key here
# overrides the theme's.
hotlines-label = 求助电话（点一下就能拨打）

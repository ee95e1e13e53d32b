# The sample handbook's own UI strings. The default theme brings the rest; a key here
# overrides the theme's.
hotlines-label = Call for help (tap to dial)

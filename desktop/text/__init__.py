"""Words on screen: the translators, errors as sentences in the person's language, numbers and dates.

``i18n``     installs Tepi's and Qt's translations for the chosen language
``messages`` turns the core's errors into one translated sentence
``formats``  percentages, milliseconds, moments, clipboard text, in the current locale
"""

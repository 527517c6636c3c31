"""Words on screen: the translators, errors in the person's language, numbers and dates.

``i18n``     installs Tepi's and Qt's translations for the chosen language (``current_language``)
``errors``   the core's errors and sentences, rendered by code from the core's catalogue
``formats``  percentages, milliseconds, moments, clipboard text, in the current locale
"""

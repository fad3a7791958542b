/*
 * Cockpit's lists in the language's date format (our override, loaded through customScripts in
 * config.js after ../shared/thai-dates.js; see docs/architecture.md, "Webapp overrides").
 */
// Cockpit shows timestamps in lists as ISO 'YYYY-MM-DD[T]HH:mm:ss' (a year of the Common Era, set
// in its own config block); the locale's date and time show Buddhist-Era years in Thai. This
// script is imported before Angular starts, and config blocks of "cam.cockpit.custom" run after
// Cockpit's own.
function localeTimestampsInCockpit() {
  const angular = window.angular;
  try {
    angular.module('cam.cockpit.custom').config([
      'camDateFormatProvider',
      camDateFormat => camDateFormat.setDateFormat('L LTS', 'normal')
    ]);
  } catch (e) {
    console.warn('Thai dates: Cockpit timestamps keep their ISO format', e);
  }
}

localeTimestampsInCockpit();

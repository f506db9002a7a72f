/**
 * The working-day calendar used for every deadline counted in working days (mediation, arbitration
 * panels, complaint acceptance, inspection conclusions). Vietnam's public holidays are data, one file
 * per year under {@code vn/laborcases/rules/holidays/}, because Tết moves every year and the
 * government announces swapped days each year.
 */
package vn.laborcases.rules.calendar;

package vn.laborcases.eventstore.personaldata;

/**
 * Who is reading, for deciding whether personal data is shown and for the record of each read.
 * Until authentication is in place, one configured reader (see {@link PersonalDataConfiguration})
 * stands for every request; authentication replaces it with the principal.
 */
public interface PersonalDataReader {

    String id();

    String role();
}

package vn.laborcases.api;

/** A document on file, identified by its SHA-256 so that auditors can prove which one was relied on. */
public record DocumentRef(String title, String sha256) {
}

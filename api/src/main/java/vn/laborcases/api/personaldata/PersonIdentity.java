package vn.laborcases.api.personaldata;

/**
 * Who a worker or complainant is: what is sealed inside {@link SealedPersonalData}, and only
 * there; commands carry it in clear on their way to being sealed, events never do.
 *
 * @param idNumber the citizen identity card number (CCCD), 12 digits
 */
public record PersonIdentity(String name, String idNumber, String phone) {
}

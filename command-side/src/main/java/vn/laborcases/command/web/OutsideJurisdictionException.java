package vn.laborcases.command.web;

import vn.laborcases.api.Province;

/** A case would be opened in a province the caller may not act in. */
public class OutsideJurisdictionException extends RuntimeException {

    public OutsideJurisdictionException(Province province) {
        super("You may not open a case in " + province.displayName() + " (" + province.name()
                + "): it is outside your jurisdiction.");
    }
}

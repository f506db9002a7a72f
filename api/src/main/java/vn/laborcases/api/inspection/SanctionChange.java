package vn.laborcases.api.inspection;

/** How a fine changed after it was imposed. */
public enum SanctionChange {
    AMENDMENT,
    SETTLEMENT
}

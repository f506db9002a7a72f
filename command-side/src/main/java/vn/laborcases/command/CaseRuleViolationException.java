package vn.laborcases.command;

import vn.laborcases.rules.RuleBreach;

/**
 * A requested step breaks a legal rule or does not fit where the case stands. The REST layer
 * answers 409 and names the rule's article.
 */
public class CaseRuleViolationException extends RuntimeException {

    private final String article;

    public CaseRuleViolationException(String article, String message) {
        super(message);
        this.article = article;
    }

    public CaseRuleViolationException(RuleBreach breach) {
        this(breach.article(), breach.message());
    }

    public String article() {
        return article;
    }
}

package vn.laborcases.command;

import java.util.UUID;

/** What a command endpoint answers: at least the case's id, number and new version. */
public interface CaseState {

    UUID id();

    String caseNumber();

    long version();
}

package vn.laborcases.rules.dispute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.api.dispute.MediationExemption;
import vn.laborcases.rules.RuleBreach;

import static org.assertj.core.api.Assertions.assertThat;

/** Which forum a dispute may go to first (Labor Code Arts 187, 188(1), 191, 195). */
class ForumsTest {

    @ParameterizedTest
    @EnumSource(MediationExemption.class)
    void everyExemptIndividualDisputeMayGoStraightToArbitrationOrCourt(MediationExemption exemption) {
        assertThat(Forums.firstForumBreach(DisputeKind.INDIVIDUAL, exemption, Forum.ARBITRATION)).isEmpty();
        assertThat(Forums.firstForumBreach(DisputeKind.INDIVIDUAL, exemption, Forum.COURT)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(MediationExemption.class)
    void anExemptIndividualDisputeMayStillChooseMediation(MediationExemption exemption) {
        assertThat(Forums.firstForumBreach(DisputeKind.INDIVIDUAL, exemption, Forum.MEDIATION)).isEmpty();
    }

    @Test
    void everyKindOfDisputeMayStartWithAMediator() {
        for (DisputeKind kind : DisputeKind.values()) {
            assertThat(Forums.firstForumBreach(kind, null, Forum.MEDIATION)).as("%s", kind).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Forum.class, names = {"ARBITRATION", "COURT"})
    void anIndividualDisputeWithoutExemptionGoesToAMediatorFirst(Forum forum) {
        RuleBreach breach = Forums.firstForumBreach(DisputeKind.INDIVIDUAL, null, forum).orElseThrow();

        assertThat(breach.article()).isEqualTo(DisputeArticles.MEDIATION_MANDATORY);
        assertThat(breach.message()).contains("individual dispute", "MEDIATION");
    }

    @ParameterizedTest
    @EnumSource(value = DisputeKind.class, names = {"COLLECTIVE_RIGHTS", "COLLECTIVE_INTERESTS"})
    void noExemptionAppliesToACollectiveDispute(DisputeKind kind) {
        for (MediationExemption exemption : MediationExemption.values()) {
            for (Forum forum : Forum.values()) {
                RuleBreach breach = Forums.firstForumBreach(kind, exemption, forum).orElseThrow();
                assertThat(breach.article()).as("%s %s %s", kind, exemption, forum)
                        .isEqualTo(DisputeArticles.MEDIATION_MANDATORY);
                assertThat(breach.message()).contains("Only individual disputes");
            }
        }
    }

    @Test
    void aCollectiveRightsDisputeCannotSkipMediation() {
        assertThat(Forums.firstForumBreach(DisputeKind.COLLECTIVE_RIGHTS, null, Forum.ARBITRATION))
                .get().extracting(RuleBreach::article).isEqualTo(DisputeArticles.MEDIATION_MANDATORY);
        assertThat(Forums.firstForumBreach(DisputeKind.COLLECTIVE_RIGHTS, null, Forum.COURT))
                .get().extracting(RuleBreach::article).isEqualTo(DisputeArticles.MEDIATION_MANDATORY);
    }

    @Test
    void anInterestDisputeNeverGoesToCourt() {
        RuleBreach breach = Forums.firstForumBreach(DisputeKind.COLLECTIVE_INTERESTS, null, Forum.COURT).orElseThrow();

        assertThat(breach.article()).isEqualTo(DisputeArticles.INTEREST_DISPUTE_FORUMS);
        assertThat(breach.message()).contains("arbitration", "strike", "court does not resolve it");
        assertThat(Forums.courtRefusedForInterests()).contains(breach);
    }

    @Test
    void anInterestDisputeCannotSkipMediationToArbitration() {
        assertThat(Forums.firstForumBreach(DisputeKind.COLLECTIVE_INTERESTS, null, Forum.ARBITRATION))
                .get().extracting(RuleBreach::article).isEqualTo(DisputeArticles.MEDIATION_MANDATORY);
    }
}

package vn.laborcases.demo.plan;

import java.util.Map;

/**
 * One command on an existing case: the action's path under the case (such as {@code mediator}
 * or {@code sanctions/{sanction:0}/payments}) and its body. {@code {finding:N}},
 * {@code {sanction:N}} and {@code {remediation:N}}, in the path or as a body value, stand for
 * the id the server gave the N-th finding, fine or remediation of the case. A step
 * {@code bySupervisor} is one only a supervisor may take, such as assigning a mediator.
 */
public record Step(String action, Map<String, Object> body, boolean bySupervisor) {
}

package com.switchdesk.pbx.model;

import java.util.List;
import java.util.Objects;

/**
 * The PBX's whole live state at one point of its event sequence: what a listener needs to rebuild
 * its view after connecting, reconnecting or a PBX restart.
 *
 * @param sequence     the sequence number of the last event this snapshot includes
 * @param info         the PBX's model and capabilities
 * @param nightService whether the PBX routes by its night plan (夜服)
 * @param extensions   every extension, in number order
 * @param calls        every call in progress
 * @param operators    every operator position
 * @param groups       hunt and operator groups
 */
public record PbxSnapshot(long sequence, PbxInfo info, boolean nightService, List<Extension> extensions,
		List<Call> calls, List<OperatorPosition> operators, List<OperatorGroup> groups) {

	public PbxSnapshot {
		Objects.requireNonNull(info);
		extensions = List.copyOf(extensions);
		calls = List.copyOf(calls);
		operators = List.copyOf(operators);
		groups = List.copyOf(groups);
	}
}

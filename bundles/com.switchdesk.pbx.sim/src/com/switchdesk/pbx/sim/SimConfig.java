package com.switchdesk.pbx.sim;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import com.switchdesk.pbx.model.OperatorGroup;
import com.switchdesk.pbx.model.PbxInfo;

/**
 * The configuration of a simulated PBX.
 *
 * @param info                what the PBX says about itself, including whether it has system park
 * @param zone                the PBX's local time zone (wake-up times are local)
 * @param extensions          every extension and operator position
 * @param groups              hunt and operator groups; the first {@code OPERATOR} group answers the
 *                            company number
 * @param operatorHuntGroup   the index of the hunt group that takes the operator's calls while the
 *                            operator is offline (坐席连选)
 * @param parkSlots           park slot numbers
 * @param trunks              how many external calls can be up at once
 * @param ringTimeout         how long a call rings before it is diverted or given up
 * @param externalAnswerDelay how long a called external number rings before it answers
 * @param wakeUp              how wake-up calls ring and retry
 */
public record SimConfig(PbxInfo info, ZoneId zone, List<ExtensionSpec> extensions, List<OperatorGroup> groups,
		int operatorHuntGroup, List<String> parkSlots, int trunks, Duration ringTimeout, Duration externalAnswerDelay,
		WakeUpRules wakeUp) {

	public SimConfig {
		Objects.requireNonNull(info);
		Objects.requireNonNull(zone);
		extensions = List.copyOf(extensions);
		groups = List.copyOf(groups);
		parkSlots = List.copyOf(parkSlots);
		Objects.requireNonNull(ringTimeout);
		Objects.requireNonNull(externalAnswerDelay);
		Objects.requireNonNull(wakeUp);
		if (extensions.stream().map(ExtensionSpec::number).distinct().count() != extensions.size()) {
			throw new IllegalArgumentException("Extension numbers must be unique");
		}
	}

	/**
	 * Wake-up execution rules.
	 *
	 * @param ringTime      how long a wake-up call rings
	 * @param retryInterval the wait before ringing again after no answer or busy
	 * @param attempts      how many times in all the PBX rings for one wake-up time
	 */
	public record WakeUpRules(Duration ringTime, Duration retryInterval, int attempts) {
		public WakeUpRules {
			if (attempts < 1) {
				throw new IllegalArgumentException("At least one wake-up attempt");
			}
		}
	}

	/** A hotel of 200 extensions with an operator position 8000; see {@link DemoConfigs#hotel()}. */
	public static SimConfig demoHotel() {
		return DemoConfigs.hotel();
	}

	public SimConfig withInfo(PbxInfo newInfo) {
		return new SimConfig(newInfo, zone, extensions, groups, operatorHuntGroup, parkSlots, trunks, ringTimeout,
				externalAnswerDelay, wakeUp);
	}

	public SimConfig withZone(ZoneId newZone) {
		return new SimConfig(info, newZone, extensions, groups, operatorHuntGroup, parkSlots, trunks, ringTimeout,
				externalAnswerDelay, wakeUp);
	}

	public SimConfig withExtensions(List<ExtensionSpec> newExtensions) {
		return new SimConfig(info, zone, newExtensions, groups, operatorHuntGroup, parkSlots, trunks, ringTimeout,
				externalAnswerDelay, wakeUp);
	}
}

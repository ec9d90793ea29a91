package com.switchdesk.pbx.serial.internal.codec;

import static com.switchdesk.pbx.serial.internal.codec.WireCodes.*;

import com.switchdesk.pbx.ConnectionStatus;
import com.switchdesk.pbx.model.Call;
import com.switchdesk.pbx.model.Extension;
import com.switchdesk.pbx.model.ExtensionServices;
import com.switchdesk.pbx.model.Forwarding;
import com.switchdesk.pbx.model.OperatorGroup;
import com.switchdesk.pbx.model.OperatorPosition;
import com.switchdesk.pbx.model.Party;
import com.switchdesk.pbx.model.PbxInfo;
import com.switchdesk.pbx.model.PbxSnapshot;
import com.switchdesk.pbx.model.PendingWakeUp;
import com.switchdesk.pbx.model.WakeUpOrder;
import com.switchdesk.pbx.model.WakeUpRecord;

/**
 * The state records of the SPI on the wire, field by field in record order (docs/protocol.md section
 * 7.4). Readers may throw {@link RuntimeException}s from the records' own checks; the message codec
 * turns them into {@link MalformedPayloadException}s.
 */
public final class ModelCodec {

	private ModelCodec() {
	}

	public static void write(PayloadWriter w, Extension e) {
		w.str(e.number()).str(e.userName());
		EXTENSION_KIND.write(w, e.kind());
		DEVICE_STATE.write(w, e.state());
		w.bool(e.office());
	}

	public static Extension readExtension(PayloadReader r) throws MalformedPayloadException {
		return new Extension(r.str(), r.str(), EXTENSION_KIND.read(r), DEVICE_STATE.read(r), r.bool());
	}

	public static void write(PayloadWriter w, Party p) {
		w.str(p.number()).bool(p.external());
		PARTY_STATE.write(w, p.state());
	}

	public static Party readParty(PayloadReader r) throws MalformedPayloadException {
		return new Party(r.str(), r.bool(), PARTY_STATE.read(r));
	}

	public static void write(PayloadWriter w, Call c) {
		w.str(c.id()).list(c.parties(), ModelCodec::write).instant(c.started()).str(c.parkSlot());
	}

	public static Call readCall(PayloadReader r) throws MalformedPayloadException {
		return new Call(r.str(), r.list(ModelCodec::readParty), r.instant(), r.str());
	}

	public static void write(PayloadWriter w, Forwarding f) {
		w.str(f.number()).bool(f.external());
	}

	public static Forwarding readForwarding(PayloadReader r) throws MalformedPayloadException {
		return new Forwarding(r.str(), r.bool());
	}

	public static void write(PayloadWriter w, OperatorPosition o) {
		w.str(o.number()).bool(o.handsetOffHook()).bool(o.bound()).bool(o.online()).optional(o.forwarding(),
				ModelCodec::write);
	}

	public static OperatorPosition readOperator(PayloadReader r) throws MalformedPayloadException {
		return new OperatorPosition(r.str(), r.bool(), r.bool(), r.bool(), r.optional(ModelCodec::readForwarding));
	}

	public static void write(PayloadWriter w, OperatorGroup g) {
		w.i32(g.index()).str(g.pilot());
		GROUP_KIND.write(w, g.kind());
		w.list(g.dayMembers(), PayloadWriter::str).list(g.nightMembers(), PayloadWriter::str);
	}

	public static OperatorGroup readGroup(PayloadReader r) throws MalformedPayloadException {
		return new OperatorGroup(r.i32(), r.str(), GROUP_KIND.read(r), r.list(PayloadReader::str),
				r.list(PayloadReader::str));
	}

	public static void write(PayloadWriter w, PbxInfo i) {
		w.str(i.model()).str(i.version()).bool(i.parkSupported());
	}

	public static PbxInfo readInfo(PayloadReader r) throws MalformedPayloadException {
		return new PbxInfo(r.str(), r.str(), r.bool());
	}

	public static void write(PayloadWriter w, PbxSnapshot s) {
		w.i64(s.sequence());
		write(w, s.info());
		w.bool(s.nightService()).list(s.extensions(), ModelCodec::write).list(s.calls(), ModelCodec::write)
				.list(s.operators(), ModelCodec::write).list(s.groups(), ModelCodec::write);
	}

	public static PbxSnapshot readSnapshot(PayloadReader r) throws MalformedPayloadException {
		return new PbxSnapshot(r.i64(), readInfo(r), r.bool(), r.list(ModelCodec::readExtension),
				r.list(ModelCodec::readCall), r.list(ModelCodec::readOperator), r.list(ModelCodec::readGroup));
	}

	public static void write(PayloadWriter w, ExtensionServices s) {
		w.str(s.number()).u8(s.serviceClass());
		CALL_WAITING_MODE.write(w, s.callWaitingMode());
		CALLER_ID_MODE.write(w, s.callerIdMode());
		w.str(s.hotlineNumber()).u8(s.bargeLevel()).u32(ServiceFlags.of(s));
	}

	public static ExtensionServices readServices(PayloadReader r) throws MalformedPayloadException {
		String number = r.str();
		int serviceClass = r.u8();
		var waitingMode = CALL_WAITING_MODE.read(r);
		var callerIdMode = CALLER_ID_MODE.read(r);
		String hotline = r.str();
		int bargeLevel = r.u8();
		long flags = r.u32();
		return ServiceFlags.apply(flags, ExtensionServices.builder(number).serviceClass(serviceClass)
				.callWaitingMode(waitingMode).callerIdMode(callerIdMode).bargeLevel(bargeLevel), hotline).build();
	}

	public static void write(PayloadWriter w, WakeUpOrder o) {
		w.str(o.extension()).time(o.time1()).optional(o.time2(), PayloadWriter::time);
		WAKE_UP_CYCLE.write(w, o.cycle());
		w.days(o.days()).bool(o.enabled());
	}

	public static WakeUpOrder readWakeUpOrder(PayloadReader r) throws MalformedPayloadException {
		return new WakeUpOrder(r.str(), r.time(), r.optional(PayloadReader::time), WAKE_UP_CYCLE.read(r), r.days(),
				r.bool());
	}

	public static void write(PayloadWriter w, WakeUpRecord rec) {
		w.str(rec.extension()).dateTime(rec.scheduled()).dateTime(rec.called()).i32(rec.attempt());
		WAKE_UP_OUTCOME.write(w, rec.outcome());
	}

	public static WakeUpRecord readWakeUpRecord(PayloadReader r) throws MalformedPayloadException {
		return new WakeUpRecord(r.str(), r.dateTime(), r.dateTime(), r.i32(), WAKE_UP_OUTCOME.read(r));
	}

	public static void write(PayloadWriter w, PendingWakeUp p) {
		w.str(p.extension()).dateTime(p.due()).i32(p.attempt());
	}

	public static PendingWakeUp readPendingWakeUp(PayloadReader r) throws MalformedPayloadException {
		return new PendingWakeUp(r.str(), r.dateTime(), r.i32());
	}

	public static void write(PayloadWriter w, ConnectionStatus s) {
		CONNECTION_STATE.write(w, s.state());
		w.str(s.detail()).optional(s.nextAttempt(), PayloadWriter::instant);
	}

	public static ConnectionStatus readStatus(PayloadReader r) throws MalformedPayloadException {
		return new ConnectionStatus(CONNECTION_STATE.read(r), r.str(), r.optional(PayloadReader::instant));
	}
}

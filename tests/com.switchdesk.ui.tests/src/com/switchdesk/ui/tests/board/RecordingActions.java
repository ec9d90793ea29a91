package com.switchdesk.ui.tests.board;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import com.switchdesk.ui.board.BoardActions;

/** Board actions that record what they were asked: "rename 8003=Reception", "details 8004". */
public final class RecordingActions implements BoardActions {

	private final List<String> calls = new CopyOnWriteArrayList<>();

	public List<String> calls() {
		return List.copyOf(calls);
	}

	@Override
	public CompletionStage<Void> rename(String number, String userName) {
		calls.add("rename " + number + "=" + userName);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void showDetails(String number) {
		calls.add("details " + number);
	}

	@Override
	public void showServices(String number) {
		calls.add("services " + number);
	}
}

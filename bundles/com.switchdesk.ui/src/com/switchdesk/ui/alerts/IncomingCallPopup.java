package com.switchdesk.ui.alerts;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import com.switchdesk.callcontrol.QueueEntry;
import com.switchdesk.ui.WidgetIds;
import com.switchdesk.ui.operator.Messages;

/**
 * The incoming-call popup (F08, seed 3.3.2 figure 6): who calls, with Answer and Hang up. It stays
 * on top at the bottom right of the console's window and does not take the keyboard away from the
 * keypad (Enter answers there too).
 */
final class IncomingCallPopup {

	interface Actions {
		void answer(String callId);

		void hangUp(String callId);
	}

	private final Shell shell;
	private final String callId;
	private final LocalResourceManager resources;
	private boolean flashOn;

	IncomingCallPopup(Shell owner, QueueEntry call, Actions actions) {
		this.callId = call.callId();
		shell = WidgetIds.tag(new Shell(owner, SWT.ON_TOP | SWT.TOOL | SWT.TITLE | SWT.NO_FOCUS), "popup");
		shell.setText(Messages.Popup_title);
		resources = new LocalResourceManager(JFaceResources.getResources(), shell);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(14, 12).spacing(10, 6).applyTo(shell);

		Label kind = WidgetIds.tag(new Label(shell, SWT.NONE), "popup.kind");
		kind.setText(call.external() ? Messages.Popup_external : Messages.Popup_internal);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(kind);

		Label number = WidgetIds.tag(new Label(shell, SWT.NONE), "popup.number");
		number.setText(call.number());
		number.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont()).increaseHeight(6)));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(number);

		Label info = WidgetIds.tag(new Label(shell, SWT.WRAP), "popup.info");
		info.setText(call.info());
		info.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().span(2, 1).hint(280, SWT.DEFAULT).applyTo(info);

		Button answer = WidgetIds.tag(new Button(shell, SWT.PUSH), "popup.answer");
		answer.setText(Messages.Popup_answer);
		answer.addListener(SWT.Selection, e -> actions.answer(callId));
		GridDataFactory.fillDefaults().grab(true, false).hint(120, 36).applyTo(answer);
		Button hangUp = WidgetIds.tag(new Button(shell, SWT.PUSH), "popup.hangUp");
		hangUp.setText(Messages.Popup_hangUp);
		hangUp.addListener(SWT.Selection, e -> actions.hangUp(callId));
		GridDataFactory.fillDefaults().grab(true, false).hint(120, 36).applyTo(hangUp);

		shell.pack();
		// top right, under the window's tool bar: it covers a corner of the board, never the keypad or the queue
		Rectangle area = owner.getBounds();
		shell.setLocation(area.x + area.width - shell.getSize().x - 24, area.y + 110);
		shell.setVisible(true);
	}

	String callId() {
		return callId;
	}

	boolean isOpen() {
		return !shell.isDisposed();
	}

	/** One step of flashing: the popup's background alternates so the call catches the eye. */
	void flash() {
		if (shell.isDisposed()) {
			return;
		}
		flashOn = !flashOn;
		shell.setBackground(flashOn ? resources.create(ColorDescriptor.createFrom(new RGB(0xff, 0xb7, 0x4d))) : null);
	}

	void close() {
		if (!shell.isDisposed()) {
			shell.dispose();
		}
	}
}

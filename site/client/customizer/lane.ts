// When the page sends values to its design workers. The preview worker builds one request at a
// time and the latest waits: values passed over meanwhile (a slider dragged, an arrow key held
// down) are dropped, never built. A build also waits while the view has a model waiting behind
// the one it is drawing: a third would only replace that one unseen, and on two cores building
// it slows the drawing. Files wait for the previews to catch up: on two cores the preview comes
// first, and while values move the second core draws instead of writing files nobody will take.

/** Previews in the view (drawing, or waiting behind that one) past which the next build waits. */
export const VIEW_DEPTH = 2;
/** A preview the view has not drawn (nor dropped) within this long no longer holds the builds back. */
export const VIEW_PATIENCE_MS = 1000;

export interface LaneWorkers<Request> {
  preview(req: Request): void;
  files(req: Request): void;
}

export function startLane<Request>(workers: LaneWorkers<Request>) {
  let building = false;
  let inView = 0;
  let waiting: Request | undefined;
  let filesHeld: Request | undefined;

  const free = () => !building && inView < VIEW_DEPTH;
  /** Sends the latest values waiting, or once the previews have caught up, their files. */
  const sendWaiting = () => {
    if (waiting !== undefined) {
      if (!free()) return;
      const req = waiting;
      waiting = undefined;
      building = true;
      workers.preview(req);
    } else if (filesHeld !== undefined) {
      const req = filesHeld;
      filesHeld = undefined;
      workers.files(req);
    }
  };

  return {
    /** Builds these values' preview now, or once the lane is free unless newer values come first. */
    preview(req: Request) {
      waiting = req;
      sendWaiting();
    },
    /** Writes these values' files now, or (`hold`) once the previews have caught up. */
    files(req: Request, hold: boolean) {
      filesHeld = hold ? req : undefined;
      if (!hold) workers.files(req);
    },
    /** Whether the preview worker is building. */
    get building() {
      return building;
    },
    /** The preview worker answered (call once its preview, if any, is handed to the view). */
    answered() {
      building = false;
      sendWaiting();
    },
    /** Counts a preview handed to the view until it is drawn or dropped. */
    inView<T>(drawing: Promise<T>): Promise<T> {
      inView++;
      let counted = true;
      const done = () => {
        if (!counted) return;
        counted = false;
        clearTimeout(patience);
        inView--;
        sendWaiting();
      };
      // A view that stopped answering (its worker gone) must not stop the previews, nor the
      // errors that only a build reports.
      const patience = setTimeout(done, VIEW_PATIENCE_MS);
      drawing.then(done, done);
      return drawing;
    },
  };
}

//! The trainer's camera scanner for participant codes, beside the typing field. The QR module and the camera start
//! only when the trainer opens it; a code read goes in exactly as a typed one would (its outcome is said in the
//! codes' live region), and the camera stops. No camera, or one refused, leaves typing as it was.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{self, CameraError, Scanner};
use crate::components::use_app;
use crate::i18n::workshop as t;
use crate::state::Action;

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Closed,
    Starting,
    Looking,
    Failed(CameraError),
}

#[component]
pub fn QrScanner() -> Html {
    let phase = use_state(|| Phase::Closed);
    let video = use_node_ref();
    // Held while the camera runs; dropping it stops the camera, also when the page is left mid-scan.
    let running: Rc<RefCell<Option<Scanner>>> = use_mut_ref(|| None);
    // Counts openings and closings: a camera that starts after the scanner was closed again is stopped at once.
    let session: Rc<RefCell<u32>> = use_mut_ref(|| 0);
    // Where focus goes once the next render has put it in the page (the button back, or the typing field).
    let focus_next: Rc<RefCell<Option<&'static str>>> = use_mut_ref(|| None);
    {
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(id) = focus_next.borrow_mut().take() {
                browser::focus(id);
            }
        });
    }
    let ctx = use_app();
    let d = ctx.as_ref().map(|c| c.dispatcher());
    {
        let (phase, video, running, session, focus_next) = (phase.clone(), video.clone(), running.clone(), session.clone(), focus_next.clone());
        use_effect_with(*phase == Phase::Starting, move |starting| {
            if *starting {
                // Into the region the trainer just opened, on the way out of it.
                browser::focus("scan-close");
                if let (Some(node), Some(d)) = (video.get(), d) {
                    let on_code = {
                        let (phase, running, focus_next) = (phase.clone(), running.clone(), focus_next.clone());
                        move |text: String| {
                            // Called from the camera loop, which has stopped itself: act after it returns.
                            let (phase, running, focus_next, d) = (phase.clone(), running.clone(), focus_next.clone(), d.clone());
                            yew::platform::spawn_local(async move {
                                running.borrow_mut().take();
                                *focus_next.borrow_mut() = Some("code-input");
                                phase.set(Phase::Closed);
                                d.dispatch(Action::CodeAdd(text));
                            });
                        }
                    };
                    let opened = *session.borrow();
                    yew::platform::spawn_local(async move {
                        let started = browser::start_scanner(node, on_code).await;
                        if *session.borrow() != opened {
                            return;
                        }
                        match started {
                            Ok(s) => {
                                *running.borrow_mut() = Some(s);
                                phase.set(Phase::Looking);
                            }
                            Err(e) => phase.set(Phase::Failed(e)),
                        }
                    });
                }
            }
        });
    }
    let Some(ctx) = ctx else { return html! {} };
    let lang = ctx.lang;
    let open = {
        let phase = phase.clone();
        Callback::from(move |_: MouseEvent| {
            phase.set(Phase::Starting);
        })
    };
    let close = {
        let (phase, running, focus_next, session) = (phase.clone(), running.clone(), focus_next.clone(), session.clone());
        Callback::from(move |_: MouseEvent| {
            *session.borrow_mut() += 1;
            running.borrow_mut().take();
            *focus_next.borrow_mut() = Some("scan-open");
            phase.set(Phase::Closed);
        })
    };
    let (message, failed) = match *phase {
        Phase::Closed => ("", false),
        Phase::Starting => (t::SCAN_STARTING.get(lang), false),
        Phase::Looking => (t::SCAN_LOOKING.get(lang), false),
        Phase::Failed(e) => (t::camera_error(lang, e), true),
    };
    html! {
        <>
            if *phase == Phase::Closed {
                <button type="button" class="button secondary" id="scan-open" onclick={open}>{ t::SCAN_OPEN.get(lang) }</button>
            } else {
                <section class="scanner" id="scanner" aria-labelledby="scanner-h">
                    <h4 id="scanner-h">{ t::SCAN_TITLE.get(lang) }</h4>
                    <p id="scanner-status" aria-live="polite" class={classes!("ws-status", failed.then_some("error-text"))}>{ message }</p>
                    <video ref={video} hidden={failed} aria-label={t::SCAN_VIDEO.get(lang)} muted=true playsinline=true></video>
                    <button type="button" class="button secondary" id="scan-close" onclick={close}>{ t::SCAN_CLOSE.get(lang) }</button>
                </section>
            }
        </>
    }
}

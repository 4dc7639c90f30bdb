//! The smallest app that uses what every Yew app of ours uses: a function component, `use_reducer`, props, a
//! callback, an event handler and `format!`. Its size is the floor no Yew 0.23 app gets under.
use std::rc::Rc;

use yew::prelude::*;

#[derive(Default, PartialEq)]
struct State {
    count: u32,
    lang: u8,
}

enum Action {
    Add,
    Lang(u8),
}

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Add => Rc::new(State { count: self.count + 1, lang: self.lang }),
            Action::Lang(lang) => Rc::new(State { count: self.count, lang }),
        }
    }
}

#[derive(Properties, PartialEq)]
struct CounterProps {
    count: u32,
    on_add: Callback<()>,
}

#[component]
fn Counter(props: &CounterProps) -> Html {
    let on_add = props.on_add.clone();
    html! {
        <section>
            <h2>{ format!("Count {}", props.count) }</h2>
            <button type="button" onclick={move |_| on_add.emit(())}>{ "+" }</button>
        </section>
    }
}

#[component]
fn App() -> Html {
    let state = use_reducer(State::default);
    let add = state.dispatcher();
    let lang = state.dispatcher();
    html! {
        <main>
            <h1>{ "Egenvurdering rus" }</h1>
            <Counter count={state.count} on_add={Callback::from(move |_| add.dispatch(Action::Add))} />
            <select onchange={move |_| lang.dispatch(Action::Lang(1))}><option>{ "nb" }</option></select>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}

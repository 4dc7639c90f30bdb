fn main() { yew::Renderer::<egenvurdering_rus::App>::new().render(); }

fn main() {
    console_error_panic_hook::set_once();
    llm_cloud_hub::api::mark("wasm-start");
    leptos::mount::mount_to_body(llm_cloud_hub::App);
}

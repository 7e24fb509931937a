fn main() {
    console_error_panic_hook::set_once();
    llm_cloud_hub::api::mark("wasm-start");
    #[cfg(target_arch = "wasm32")]
    {
        // Beside a pre-rendered page (if any), hidden until it takes over.
        let root = llm_cloud_hub::takeover::app_root();
        leptos::mount::mount_to(root, llm_cloud_hub::App).forget();
    }
}

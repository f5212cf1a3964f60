import kg_memory


def test_all_lists_the_public_names():
    public = {n for n in dir(kg_memory) if not n.startswith("_") and n[0].isupper()} | {"open_store"}
    assert set(kg_memory.__all__) == public


def test_import_does_not_load_torch():
    import subprocess
    import sys

    code = "import sys, kg_memory; kg_memory.Memory(); print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

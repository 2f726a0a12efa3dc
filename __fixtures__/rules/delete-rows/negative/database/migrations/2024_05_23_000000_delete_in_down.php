<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('imports', fn (Blueprint $table) => $table->id());
        DB::table('imports')->delete();
    }

    public function down(): void
    {
        DB::table('users')->delete();
        Schema::dropIfExists('imports');
    }
};
